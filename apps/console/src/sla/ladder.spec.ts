import { countdown, nextBreaching, slaTone } from './ladder';

describe('SLA clock tones in the console (R-SLA-3 ladder)', () => {
  it('is on track before half the target is gone', () => {
    expect(slaTone({ state: 'running', elapsedMinutes: 29, targetMinutes: 60 })).toBe('on-track');
  });
  it('hints at half the target and warns at 75 %, when the engineer is warned (R-SLA-3)', () => {
    expect(slaTone({ state: 'running', elapsedMinutes: 30, targetMinutes: 60 })).toBe('half-gone');
    expect(slaTone({ state: 'running', elapsedMinutes: 45, targetMinutes: 60 })).toBe('warned');
  });
  it('is breached at the target, even before the server marked it', () => {
    expect(slaTone({ state: 'running', elapsedMinutes: 60, targetMinutes: 60 })).toBe('breached');
    expect(slaTone({ state: 'breached', elapsedMinutes: 10, targetMinutes: 60 })).toBe('breached');
  });
  it('keeps the tone it had when a pause stopped the time (R-SLA-6)', () => {
    expect(slaTone({ state: 'paused', elapsedMinutes: 50, targetMinutes: 60 })).toBe('warned');
  });
  it('shows met and withdrawn clocks as settled', () => {
    expect(slaTone({ state: 'met', elapsedMinutes: 90, targetMinutes: 60 })).toBe('met');
    expect(slaTone({ state: 'withdrawn', elapsedMinutes: 5, targetMinutes: 60 })).toBe('withdrawn');
  });
});

describe('the countdown shows wall-clock time to the deadline', () => {
  const now = Date.parse('2026-03-02T10:00:00Z');
  it('in minutes, hours and days', () => {
    expect(countdown('2026-03-02T10:42:30Z', now)).toEqual({ overdue: false, text: '42m' });
    expect(countdown('2026-03-02T13:05:00Z', now)).toEqual({ overdue: false, text: '3h 05m' });
    expect(countdown('2026-03-04T15:00:00Z', now)).toEqual({ overdue: false, text: '2d 5h' });
  });
  it('negative once the deadline passed', () => {
    expect(countdown('2026-03-02T09:20:00Z', now)).toEqual({ overdue: true, text: '-40m' });
  });
  it('nothing when a pause holds the deadline open', () => {
    expect(countdown(null, now)).toBeUndefined();
  });
});

describe('the next clock to breach', () => {
  it('is the open clock with the earliest deadline; met clocks do not count', () => {
    const clocks = [
      { clock: 'response', state: 'met' as const, elapsedMinutes: 10, targetMinutes: 60, dueAt: '2026-03-02T09:00:00Z' },
      { clock: 'resolution', state: 'running' as const, elapsedMinutes: 10, targetMinutes: 2880, dueAt: '2026-03-04T10:00:00Z' },
      { clock: 'diagnosis', state: 'running' as const, elapsedMinutes: 10, targetMinutes: 240, dueAt: '2026-03-02T14:00:00Z' },
    ];
    expect(nextBreaching(clocks)?.clock).toBe('diagnosis');
  });
});
