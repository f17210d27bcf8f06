import { holdsInQuietHours, quietUntil } from './quiet-hours';

describe('quiet hours', () => {
  const night = { start: '22:00', end: '08:00', timeZone: 'Asia/Shanghai' };

  it.each([
    ['2026-11-24T18:00:00Z', '2026-11-25T00:00:00.000Z'], // 02:00 local: until 08:00 the same morning
    ['2026-11-24T14:00:00Z', '2026-11-25T00:00:00.000Z'], // 22:00 local: the start is inside
    ['2026-11-24T23:59:00Z', '2026-11-25T00:00:00.000Z'], // 07:59 local
    ['2026-11-25T00:00:00Z', null], // 08:00 local: the end is outside
    ['2026-11-24T06:00:00Z', null], // 14:00 local
  ])('at %s they last until %s', (at, until) => {
    expect(quietUntil(night, new Date(at))?.toISOString() ?? null).toBe(until);
  });

  it('works for hours that do not span midnight, and for none', () => {
    expect(quietUntil({ start: '12:00', end: '14:00', timeZone: 'Europe/Berlin' }, new Date('2026-07-01T10:30:00Z'))?.toISOString()).toBe('2026-07-01T12:00:00.000Z');
    expect(quietUntil({ start: '08:00', end: '08:00', timeZone: 'Asia/Shanghai' }, new Date('2026-07-01T10:30:00Z'))).toBeNull();
  });

  it('keeps the wall-clock end across a daylight-saving change', () => {
    // Berlin moves to summer time on 2026-03-29 at 02:00: 08:00 local is then 06:00Z, not 07:00Z.
    expect(quietUntil({ start: '22:00', end: '08:00', timeZone: 'Europe/Berlin' }, new Date('2026-03-28T23:00:00Z'))?.toISOString()).toBe('2026-03-29T06:00:00.000Z');
  });

  it('holds only SMS below P2 that is not urgent (R-SLA-7, R-SLA-4)', () => {
    expect(holdsInQuietHours({ priority: 'P4', urgent: false }, 'sms')).toBe(true);
    expect(holdsInQuietHours({ priority: 'P3', urgent: false }, 'sms')).toBe(true);
    expect(holdsInQuietHours({ priority: 'P2', urgent: false }, 'sms')).toBe(false);
    expect(holdsInQuietHours({ priority: 'P1', urgent: false }, 'sms')).toBe(false);
    expect(holdsInQuietHours({ priority: null, urgent: true }, 'sms')).toBe(false);
    expect(holdsInQuietHours({ priority: 'P4', urgent: false }, 'email')).toBe(false);
    expect(holdsInQuietHours({ priority: 'P4', urgent: false }, 'in-app')).toBe(false);
  });
});
