import { chinaOfficialSchedule, weekdays } from '@aftersales/platform-calendar';
import { DeadlineRules, RenegotiationRefused, committedDeadlines, reactBy, renegotiate, warningAt } from './complaint-deadlines';

// Mon-Fri 09:00-17:00 in Shanghai with the official holidays: 8 working hours a day.
const rules: DeadlineRules = {
  calendar: weekdays('complaints', 'Asia/Shanghai', [{ start: '09:00', end: '17:00' }], chinaOfficialSchedule()),
  acknowledgementHours: 4,
  handlingHours: 16,
  warningPercent: 75,
  reactHours: { 1: 4, 2: 8 },
};

describe('committed complaint deadlines on the business calendar (R-CP-4)', () => {
  it('given a complaint on a Tuesday morning, then it is acknowledged by the afternoon and handled by Thursday morning', () => {
    // Tuesday 2026-11-24 10:00 Shanghai.
    expect(committedDeadlines(rules, new Date('2026-11-24T02:00:00Z'))).toEqual({
      acknowledgeBy: new Date('2026-11-24T06:00:00Z'),
      dueAt: new Date('2026-11-26T02:00:00Z'),
    });
  });

  it('given a complaint on a Friday afternoon, then the weekend does not count', () => {
    // Friday 2026-11-27 15:00 Shanghai: 2 hours on Friday, 6 on Monday, 8 on Tuesday.
    expect(committedDeadlines(rules, new Date('2026-11-27T07:00:00Z'))).toEqual({
      acknowledgeBy: new Date('2026-11-30T03:00:00Z'),
      dueAt: new Date('2026-12-01T07:00:00Z'),
    });
  });

  it('given a complaint before the National Day holiday, then the holiday week does not count', () => {
    // Tuesday 2026-09-29 15:00 Shanghai; 2026-10-01..07 are holidays, Saturday 2026-10-10 a make-up working day.
    const { dueAt } = committedDeadlines(rules, new Date('2026-09-29T07:00:00Z'));
    // 2 h on 29 Sep, 8 h on 30 Sep, 6 h on Thursday 8 Oct.
    expect(dueAt).toEqual(new Date('2026-10-08T07:00:00Z'));
  });

  it('given a complaint just after the holiday, then the make-up Saturday counts as a working day', () => {
    // Thursday 2026-10-08 15:00 Shanghai: 2 h on Thursday, 8 h on Friday, 6 h on the make-up Saturday 10 Oct.
    expect(committedDeadlines(rules, new Date('2026-10-08T07:00:00Z')).dueAt).toEqual(new Date('2026-10-10T07:00:00Z'));
  });

  it('warns when three quarters of the business time have passed', () => {
    expect(warningAt(rules, new Date('2026-11-24T02:00:00Z'), new Date('2026-11-26T02:00:00Z'))).toEqual(new Date('2026-11-25T06:00:00Z'));
  });

  it('gives the manager four business hours to react and management eight', () => {
    // Thursday 16:00 Shanghai: one hour on Thursday, then Friday.
    expect(reactBy(rules, 1, new Date('2026-11-26T08:00:00Z'))).toEqual(new Date('2026-11-27T04:00:00Z'));
    expect(reactBy(rules, 2, new Date('2026-11-26T08:00:00Z'))).toEqual(new Date('2026-11-27T08:00:00Z'));
  });

  it('refuses a renegotiated deadline that is not ahead', () => {
    const now = new Date('2026-11-25T02:00:00Z');
    expect(renegotiate(now, new Date('2026-11-30T02:00:00Z'))).toEqual(new Date('2026-11-30T02:00:00Z'));
    expect(() => renegotiate(now, now)).toThrow(RenegotiationRefused);
  });
});
