import { alwaysOpen, weekdays } from '@aftersales/platform-calendar';
import { CaseClocks, SlaClock } from './case-clocks';
import { PREMIUM_7X24_PLAN, STANDARD_PLAN } from './sla-plan';

const sh = (local: string) => new Date(`${local}+08:00`);
const office = weekdays('business', 'Asia/Shanghai', [{ start: '09:00', end: '17:00' }], { holidays: [], makeUpWorkdays: [] });
const allDay = alwaysOpen('24x7', 'Asia/Shanghai');
const calendarOf = (c: SlaClock) => (c.definition.calendar === '24x7' ? allDay : office);

/** Given: a P2 case opened by phone on Monday 09:00 with the standard plan's clocks, none met yet. */
function openedP2(): CaseClocks {
  const startedAt = sh('2026-11-23T09:00:00');
  const clocks = STANDARD_PLAN.clocks.P2.filter((d) => !d.startOn).map(
    (definition, i): SlaClock => ({
      id: `clock-${i}`,
      caseId: 'case-1',
      clock: definition.clock,
      planCode: 'standard',
      priority: 'P2',
      channel: 'phone',
      targetMinutes: definition.targetMinutes,
      calendarId: 'business',
      timeZone: null,
      definition,
      startedAt,
      stoppedAt: null,
      stoppedBy: null,
      dueAt: null,
      breachedAt: null,
      state: 'running',
      version: 1,
      firedSteps: [],
    }),
  );
  let n = 0;
  const loaded = new CaseClocks('case-1', clocks, [], () => `00000000-0000-7000-8000-00000000000${n++}`);
  loaded.recompute(startedAt, calendarOf);
  return loaded;
}

const clock = (c: CaseClocks, name: string) => c.clocks.find((x) => x.clock === name) as SlaClock;

describe('a case’s clocks in one command (docs/sla.md, "What changes a clock")', () => {
  it('given a running case, when it waits on the customer and resumes, then the deadline moves out by the pause (R-SLA-6)', () => {
    const c = openedP2();
    expect(clock(c, 'diagnosis').dueAt?.toISOString()).toBe(sh('2026-11-23T13:00:00').toISOString());
    expect(c.statusChanged('in-progress', 'waiting-on-customer', sh('2026-11-23T10:00:00'), true)).toBe(true);
    expect(c.statusChanged('waiting-on-customer', 'in-progress', sh('2026-11-23T11:30:00'), true)).toBe(true);
    c.recompute(sh('2026-11-23T11:30:00'), calendarOf);
    expect(clock(c, 'diagnosis').dueAt?.toISOString()).toBe(sh('2026-11-23T14:30:00').toISOString());
    // One pause, opened and ended in the same command: written once, as a new row with its end.
    expect(c.openedPauses).toEqual([{ id: expect.any(String), clock: null, status: 'waiting-on-customer', start: sh('2026-11-23T10:00:00'), end: sh('2026-11-23T11:30:00') }]);
    expect(c.endedPauses).toEqual([]);
    expect(c.ledger.filter((l) => l.clock === 'diagnosis').map((l) => l.kind)).toEqual(['paused', 'resumed']);
  });

  it('given a running case, when the status does not change, then nothing changes', () => {
    const c = openedP2();
    const before = c.ledger.length;
    expect(c.statusChanged('in-progress', 'in-progress', sh('2026-11-23T10:00:00'), true)).toBe(false);
    expect(c.ledger.length).toBe(before);
  });

  it('given a resolved case, when it is reopened, then the resolution clock runs on and the time resolved counts as paused (R-IN-7)', () => {
    const c = openedP2();
    c.statusChanged('in-progress', 'resolved', sh('2026-11-23T12:00:00'), true);
    expect(clock(c, 'resolution')).toMatchObject({ stoppedAt: sh('2026-11-23T12:00:00'), stoppedBy: 'resolved' });
    c.statusChanged('closed', 'reopened', sh('2026-11-24T12:00:00'), true);
    expect(clock(c, 'resolution')).toMatchObject({ stoppedAt: null, stoppedBy: null });
    expect(c.pauses).toContainEqual({ id: expect.any(String), clock: 'resolution', status: 'resolved', start: sh('2026-11-23T12:00:00'), end: sh('2026-11-24T12:00:00') });
    expect(c.ledger.at(-1)).toMatchObject({ clock: 'resolution', kind: 'restarted' });
  });

  it('given a clock past its deadline, when its milestone comes, then it is stopped late, not met', () => {
    const c = openedP2();
    c.stop('diagnosed', sh('2026-11-23T14:00:00'));
    expect(c.ledger.at(-1)).toMatchObject({ clock: 'diagnosis', kind: 'stopped-late', detail: { by: 'diagnosed', dueAt: sh('2026-11-23T13:00:00').toISOString() } });
  });

  it('given a P3 case, when it becomes P2, then the ledger names the previous target and the new one (R-IN-5)', () => {
    const c = openedP2();
    c.adopt(STANDARD_PLAN, 'P3', { status: 'in-progress', channel: 'phone' }, sh('2026-11-23T10:00:00'), { reason: 'priority-changed', from: 'P2', to: 'P3' });
    expect(c.ledger.find((l) => l.clock === 'diagnosis' && l.kind === 'recomputed')).toMatchObject({ detail: { targetMinutes: 24 * 60, previousTargetMinutes: 4 * 60 } });
    expect(clock(c, 'diagnosis')).toMatchObject({ priority: 'P3', targetMinutes: 24 * 60 });
  });

  it('given a standard case, when a premium contract becomes known, then it withdraws the diagnosis clock and adds on-site from the opening (R-SLA-1)', () => {
    const c = openedP2();
    c.adopt(PREMIUM_7X24_PLAN, 'P2', { status: 'in-progress', channel: 'phone' }, sh('2026-11-23T10:00:00'), { reason: 'plan-changed', from: 'standard', to: 'premium-7x24' });
    expect(c.added.map((a) => [a.clock, a.startedAt, a.stoppedBy])).toEqual([['on-site', sh('2026-11-23T09:00:00'), null]]);
    expect(clock(c, 'diagnosis')).toMatchObject({ stoppedBy: 'plan-changed' });
    // The clocks stay in the order a read gives them: by start, then name.
    expect(c.clocks.map((x) => x.clock)).toEqual(['diagnosis', 'on-site', 'resolution', 'response']);
    c.recompute(sh('2026-11-23T10:00:00'), calendarOf);
    expect(c.rungs.get('diagnosis')).toEqual({ clock: 'diagnosis', steps: 3, next: null });
    expect(c.rungs.get('on-site')?.next).toEqual({ step: 0, fireAt: sh('2026-11-23T10:30:00') });
  });

  it('given a new case, when warranty’s decision moves it to in-progress, then the response clock still runs: nobody answered yet (R-SLA-1)', () => {
    const c = openedP2();
    c.statusChanged('new', 'acknowledged', sh('2026-11-23T09:00:00'), false);
    c.statusChanged('acknowledged', 'in-progress', sh('2026-11-23T09:00:00'), false);
    expect(clock(c, 'response')).toMatchObject({ stoppedAt: null, stoppedBy: null });
    expect(c.ledger.filter((l) => l.kind === 'met')).toEqual([]);
  });

  it('given a new case, when an agent acknowledges it at 09:59, then the response clock is met at 09:59 (R-SLA-1)', () => {
    const c = openedP2();
    c.statusChanged('new', 'acknowledged', sh('2026-11-23T09:59:00'), true);
    expect(clock(c, 'response')).toMatchObject({ stoppedAt: sh('2026-11-23T09:59:00'), stoppedBy: 'acknowledged' });
    expect(clock(c, 'diagnosis')).toMatchObject({ stoppedAt: null });
  });

  it('given a case in progress by warranty’s decision, when a premium contract becomes known, then its response clock is not met by the status (R-SLA-1)', () => {
    const c = openedP2();
    c.statusChanged('new', 'in-progress', sh('2026-11-23T09:00:00'), false);
    c.adopt(PREMIUM_7X24_PLAN, 'P2', { status: 'in-progress', channel: 'phone' }, sh('2026-11-23T09:00:00'), { reason: 'plan-changed', from: 'standard', to: 'premium-7x24' });
    expect(clock(c, 'response')).toMatchObject({ stoppedAt: null, targetMinutes: 10 });
    expect(clock(c, 'on-site')).toMatchObject({ stoppedAt: null });
  });
});
