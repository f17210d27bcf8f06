import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { isWithdrawn, pausesFor } from '../../domain/case-clocks';
import { ClockState, clockState, escalationSchedule, explain } from '../../domain/sla-clock';
import { EscalationRow, SlaClockStore } from '../../infrastructure/sla-clock.store';
import { SlaPlanStore } from '../../infrastructure/sla-plan.store';

const MINUTE = 60_000;
/** A clock open for months would list thousands of stretches; the first ones and the totals explain it. */
const MAX_SEGMENTS = 400;

export interface ClockView {
  clock: string;
  rule: string;
  planCode: string;
  priority: string;
  calendarId: string;
  timeZone: string;
  targetMinutes: number;
  state: ClockState['state'];
  startedAt: string;
  dueAt: string | null;
  stoppedAt: string | null;
  stoppedBy: string | null;
  breachedAt: string | null;
  elapsedMinutes: number;
  remainingMinutes: number;
  why: string;
  totals: { workingMinutes: number; outsideHoursMinutes: number; weekendMinutes: number; holidayMinutes: number; pausedMinutes: number };
  segments: { start: string; end: string; kind: string; rule: string; counts: boolean }[];
  segmentsTruncated: boolean;
  nextSteps: { at: string; action: string; level: number; notifyRoles: string[]; reason: string }[];
  ledger: { at: string; kind: string; rule: string; detail: Record<string, unknown> }[];
}

export interface CaseClocksView {
  caseId: string;
  now: string;
  clocks: ClockView[];
  escalations: { id: string; clock: string; level: number; reason: string; recipients: EscalationRow['recipients']; escalatedAt: string; reactBy: string | null; reactedAt: string | null; reactedBy: string | null }[];
}

/** "Why is this due then" and "why did it breach" (issue #3), from the same pure model that set the deadline. */
@Injectable()
export class CaseClocksQuery {
  constructor(
    private readonly clocks: SlaClockStore,
    private readonly plans: SlaPlanStore,
  ) {}

  async execute(m: EntityManager, caseId: string, now: Date): Promise<CaseClocksView> {
    const { clocks, pauses } = await this.clocks.load(m, caseId);
    const ledger = await this.clocks.ledger(m, caseId);
    const views: ClockView[] = [];
    for (const c of clocks) {
      const calendar = await this.plans.calendarFor(m, c.calendarId, c.definition.calendar, c.timeZone);
      const own = pausesFor(c, pauses);
      const state = clockState({ definition: c.definition, targetMinutes: c.targetMinutes, calendar, startedAt: c.startedAt, pauses: own, stoppedAt: c.stoppedAt, withdrawn: isWithdrawn(c), now });
      const until = c.stoppedAt && c.stoppedAt < now ? c.stoppedAt : now;
      // To the deadline when it is still ahead (why due then), else to now or the stop (why it breached).
      const to = state.dueAt && state.dueAt > until ? state.dueAt : until;
      const segments = explain(calendar, c.startedAt, to, own);
      const totals = { workingMinutes: 0, outsideHoursMinutes: 0, weekendMinutes: 0, holidayMinutes: 0, pausedMinutes: 0 };
      for (const s of segments) {
        const minutes = (s.end.getTime() - s.start.getTime()) / MINUTE;
        const key = ({ working: 'workingMinutes', 'outside-hours': 'outsideHoursMinutes', weekend: 'weekendMinutes', holiday: 'holidayMinutes', paused: 'pausedMinutes' } as const)[s.kind];
        totals[key] += minutes;
      }
      // The rungs still to come, when they will fire: none while the clock is paused or stopped.
      const schedule = c.stoppedAt || state.state === 'paused' ? [] : escalationSchedule({ definition: c.definition, targetMinutes: c.targetMinutes, calendar, startedAt: c.startedAt, pauses: own });
      const nextSteps = schedule
        .flatMap((s, i) => {
          const rung = c.definition.escalation[i];
          return s.fireAt && !c.firedSteps.includes(i) ? [{ at: s.fireAt.toISOString(), action: rung.action, level: rung.level, notifyRoles: rung.notifyRoles, reason: rung.reason }] : [];
        })
        .sort((a, b) => a.at.localeCompare(b.at));
      views.push({
        clock: c.clock,
        rule: c.definition.rule,
        planCode: c.planCode,
        priority: c.priority,
        calendarId: calendar.id === '24x7' ? '24x7' : c.calendarId,
        timeZone: calendar.timeZone,
        targetMinutes: c.targetMinutes,
        state: state.state,
        startedAt: c.startedAt.toISOString(),
        dueAt: state.dueAt?.toISOString() ?? null,
        stoppedAt: c.stoppedAt?.toISOString() ?? null,
        stoppedBy: c.stoppedBy,
        breachedAt: c.breachedAt?.toISOString() ?? (state.state === 'breached' && state.dueAt ? state.dueAt.toISOString() : null),
        elapsedMinutes: Math.floor(state.elapsedMs / MINUTE),
        remainingMinutes: Math.ceil(state.remainingMs / MINUTE),
        why: sentence(c.clock, c.targetMinutes, c.definition.rule, calendar.timeZone, calendar.id, c.startedAt, state, totals, segments),
        totals: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, Math.round(v)])) as ClockView['totals'],
        segments: segments.slice(0, MAX_SEGMENTS).map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString(), kind: s.kind, rule: s.rule, counts: s.kind === 'working' })),
        segmentsTruncated: segments.length > MAX_SEGMENTS,
        nextSteps,
        ledger: ledger.filter((l) => l.clock === c.clock).map((l) => ({ at: l.at.toISOString(), kind: l.kind, rule: l.rule, detail: l.detail ?? {} })),
      });
    }
    const escalations = (await this.clocks.escalations(m, caseId)).map((e) => ({
      id: e.id,
      clock: e.clock,
      level: e.level,
      reason: e.reason,
      recipients: e.recipients,
      escalatedAt: e.escalatedAt.toISOString(),
      reactBy: e.reactBy?.toISOString() ?? null,
      reactedAt: e.reactedAt?.toISOString() ?? null,
      reactedBy: e.reactedBy,
    }));
    return { caseId, now: now.toISOString(), clocks: views, escalations };
  }
}

function local(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toFormat('ccc yyyy-LL-dd HH:mm');
}

function sentence(
  clock: string,
  target: number,
  rule: string,
  zone: string,
  calendarId: string,
  startedAt: Date,
  state: ClockState,
  totals: ClockView['totals'],
  segments: ClockState['ledger'],
): string {
  const calendarText = calendarId === '24x7' ? 'around the clock (7x24)' : `on the ${calendarId} calendar's working hours`;
  const excluded: string[] = [];
  const holidays = [...new Set(segments.filter((s) => s.kind === 'holiday').map((s) => s.rule))];
  if (totals.outsideHoursMinutes > 0) excluded.push(`${Math.round(totals.outsideHoursMinutes)} min outside working hours`);
  if (totals.weekendMinutes > 0) excluded.push(`${Math.round(totals.weekendMinutes)} min of weekend`);
  if (totals.holidayMinutes > 0) excluded.push(`${Math.round(totals.holidayMinutes)} min of holidays (${holidays.join('; ')})`);
  if (totals.pausedMinutes > 0) excluded.push(`${Math.round(totals.pausedMinutes)} min paused while waiting on the customer or after resolution (R-SLA-6)`);
  const base = `The ${clock} clock (${rule}) has a target of ${target} min counted ${calendarText} in ${zone}, from ${local(startedAt, zone)}`;
  const not = excluded.length > 0 ? `; not counted: ${excluded.join(', ')}` : '';
  switch (state.state) {
    case 'withdrawn':
      return `${base}${not}. Withdrawn after ${Math.floor(state.elapsedMs / MINUTE)} min of counted time: the case's plan changed and has no such clock; it counts as neither met nor breached.`;
    case 'met':
      return `${base}${not}. Met after ${Math.floor(state.elapsedMs / MINUTE)} min of counted time.`;
    case 'breached':
      return `${base}${not}. Breached: the target was used up at ${state.dueAt ? local(state.dueAt, zone) : 'an unknown time'}${state.elapsedMs > target * MINUTE ? `, ${Math.floor(state.elapsedMs / MINUTE) - target} min of counted time over it` : ''}.`;
    case 'paused':
      return `${base}${not}. Paused now with ${Math.ceil(state.remainingMs / MINUTE)} min left; the deadline is set again when the case resumes.`;
    default:
      return `${base}${not}. Due ${state.dueAt ? local(state.dueAt, zone) : 'when the calendar next has working time'}, ${Math.ceil(state.remainingMs / MINUTE)} min of counted time left.`;
  }
}
