import { alwaysOpen, weekdays } from '@aftersales/platform-calendar';
import { clockState, escalationSchedule } from './sla-clock';
import { DEFAULT_PLANS, FAULT_EMERGENCY_PLAN, PREMIUM_7X24_PLAN, Priority, STANDARD_PLAN, choosePlan, targetMinutes } from './sla-plan';

const H = 3_600_000;
const sh = (local: string) => new Date(`${local}+08:00`);
const office = weekdays('cn-office', 'Asia/Shanghai', [{ start: '09:00', end: '17:00' }], {
  holidays: [{ date: '2026-11-30', name: 'Test holiday' }],
  makeUpWorkdays: [],
});
const allDay = alwaysOpen('24x7', 'Asia/Shanghai');
const calendarFor = (c: 'business' | '24x7') => (c === 'business' ? office : allDay);
const diagnosis = (p: Priority) => STANDARD_PLAN.clocks[p].find((c) => c.clock === 'diagnosis')!;

describe('SLA clocks (R-SLA-2, R-SLA-3, R-SLA-6)', () => {
  it.each([
    ['P1', '2026-11-23T10:00:00', '2026-11-23T11:00:00', ['response-center-manager'], 24],
    ['P2', '2026-11-23T10:00:00', '2026-11-23T14:00:00', ['technical-manager', 'response-center-manager'], 24],
    ['P3', '2026-11-23T10:00:00', '2026-11-26T10:00:00', ['technical-center-manager'], 48],
    // 72 working hours = 9 days of 8 h: Mon 23 (7 h) .. Fri 27, Mon 30 a holiday, Tue 1 .. Fri 4 (71 h), Mon 7 10:00.
    ['P4', '2026-11-23T10:00:00', '2026-12-07T10:00:00', ['general-manager'], 72],
  ] as const)('%s: diagnosis due at the R-SLA-3 deadline, then the ladder escalates to the right managers', (priority, opened, due, managers, reactHours) => {
    const def = diagnosis(priority);
    const calendar = calendarFor(def.calendar);
    const schedule = escalationSchedule({ definition: def, calendar, startedAt: sh(opened), pauses: [] });
    const breach = schedule.find((s) => s.step.level === 1)!;
    expect(breach.fireAt?.toISOString()).toBe(sh(due).toISOString());
    expect(breach.step.notifyRoles).toEqual(['engineer', ...managers]);
    expect(breach.step.reactWithinMinutes).toBe(reactHours * 60);
    const managersLate = schedule.find((s) => s.step.level === 2)!;
    expect(managersLate.fireAt?.getTime()).toBe(sh(due).getTime() + reactHours * H);
    expect(managersLate.step.notifyRoles).toEqual(['general-manager']);
  });

  it('P1 runs 7x24: a P1 opened on Saturday night is due an hour later', () => {
    const def = diagnosis('P1');
    const s = clockState({ definition: def, calendar: calendarFor(def.calendar), startedAt: sh('2026-11-28T23:30:00'), pauses: [], now: sh('2026-11-28T23:45:00') });
    expect(s.dueAt?.toISOString()).toBe(sh('2026-11-29T00:30:00').toISOString());
    expect(s).toMatchObject({ state: 'running', elapsedMs: 15 * 60_000, remainingMs: 45 * 60_000 });
  });

  it('waiting on the customer pauses the clock and resuming pushes the deadline out by the pause', () => {
    const def = diagnosis('P2');
    const startedAt = sh('2026-11-23T09:00:00');
    const pauses = [{ start: sh('2026-11-23T10:00:00'), end: sh('2026-11-23T11:30:00'), status: 'waiting-on-customer' }];
    const during = clockState({ definition: def, calendar: office, startedAt, pauses: [{ ...pauses[0], end: null }], now: sh('2026-11-23T11:00:00') });
    expect(during).toMatchObject({ state: 'paused', dueAt: null, elapsedMs: H });
    const after = clockState({ definition: def, calendar: office, startedAt, pauses, now: sh('2026-11-23T12:00:00') });
    expect(after.dueAt?.toISOString()).toBe(sh('2026-11-23T14:30:00').toISOString());
    expect(after.ledger.find((l) => l.kind === 'paused')).toMatchObject({ rule: 'paused while the case was waiting-on-customer (R-SLA-6)' });
  });

  it('explains a deadline across a weekend and a holiday (why is this due then)', () => {
    const def = diagnosis('P3');
    const s = clockState({ definition: def, calendar: office, startedAt: sh('2026-11-27T15:00:00'), pauses: [], now: sh('2026-12-02T09:00:00') });
    // Friday 2 h, Saturday and Sunday off, Monday a holiday, Tuesday 8 h: 10 h elapsed of 24.
    expect(s.elapsedMs).toBe(10 * H);
    expect(s.dueAt?.toISOString()).toBe(sh('2026-12-03T15:00:00').toISOString());
    expect(s.ledger.map((l) => l.kind)).toEqual(expect.arrayContaining(['working', 'outside-hours', 'weekend', 'holiday']));
  });

  it('a changed priority is the same clock recomputed from the original start (reprioritisation)', () => {
    const startedAt = sh('2026-11-23T09:00:00');
    const now = sh('2026-11-23T13:30:00');
    const asP3 = clockState({ definition: diagnosis('P3'), calendar: office, startedAt, pauses: [], now });
    const asP2 = clockState({ definition: diagnosis('P2'), calendar: office, startedAt, pauses: [], now });
    expect(asP3.state).toBe('running');
    expect(asP2).toMatchObject({ state: 'breached', remainingMs: 0 });
  });

  it('a clock stopped in time is met, one stopped late is breached', () => {
    const def = diagnosis('P1');
    const startedAt = sh('2026-11-23T09:00:00');
    expect(clockState({ definition: def, calendar: allDay, startedAt, pauses: [], stoppedAt: sh('2026-11-23T09:59:00'), now: sh('2026-11-23T12:00:00') }).state).toBe('met');
    expect(clockState({ definition: def, calendar: allDay, startedAt, pauses: [], stoppedAt: sh('2026-11-23T10:01:00'), now: sh('2026-11-23T12:00:00') }).state).toBe('breached');
  });

  it('a premium contract from the entitlement chooses the 7x24 plan (R-SLA-1), anything else the standard one', () => {
    expect(choosePlan({ contractPlanCode: 'premium-7x24' }, DEFAULT_PLANS)).toBe(PREMIUM_7X24_PLAN);
    expect(choosePlan({ contractPlanCode: 'emergency-7x24' }, DEFAULT_PLANS)).toBe(FAULT_EMERGENCY_PLAN);
    expect(choosePlan({ contractPlanCode: null }, DEFAULT_PLANS)).toBe(STANDARD_PLAN);
    expect(choosePlan({ contractPlanCode: 'a-plan-we-do-not-have' }, DEFAULT_PLANS)).toBe(STANDARD_PLAN);
    expect(PREMIUM_7X24_PLAN.clocks.P3.map((c) => [c.clock, c.targetMinutes])).toEqual([
      ['response', 10],
      ['on-site', 120],
      ['resolution', 180],
    ]);
  });

  it('the first response target depends on the channel (R-SLA-1): an hour for phone, email and online, a working day for fax', () => {
    const response = STANDARD_PLAN.clocks.P3.find((c) => c.clock === 'response')!;
    expect(['hotline', 'email', 'web', 'wechat'].map((ch) => targetMinutes(response, ch))).toEqual([60, 60, 60, 60]);
    expect(targetMinutes(response, 'fax-letter')).toBe(480);
    const s = clockState({ definition: response, targetMinutes: targetMinutes(response, 'fax-letter'), calendar: office, startedAt: sh('2026-11-27T15:00:00'), pauses: [], now: sh('2026-11-27T16:00:00') });
    // Friday 15:00 + 8 working hours: 2 h on Friday, Monday the 30th a holiday, 6 h on Tuesday.
    expect(s.dueAt?.toISOString()).toBe(sh('2026-12-01T15:00:00').toISOString());
  });

  it('a P1 runs every clock 7x24 and the other priorities on business hours (R-SLA-6), except the 24 hours to arrange a visit, around the clock (R-SLA-1)', () => {
    for (const p of ['P1', 'P2', 'P3', 'P4'] as const) {
      expect(new Set(STANDARD_PLAN.clocks[p].filter((c) => c.clock !== 'on-site-arrangement').map((c) => c.calendar))).toEqual(new Set([p === 'P1' ? '24x7' : 'business']));
      expect(STANDARD_PLAN.clocks[p].find((c) => c.clock === 'on-site-arrangement')).toMatchObject({ calendar: '24x7', targetMinutes: 1440, startOn: 'on-site-requested' });
    }
  });
});
