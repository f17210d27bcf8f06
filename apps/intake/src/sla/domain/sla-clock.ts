import {
  BusinessCalendar,
  Pause,
  Segment,
  addBusinessDuration,
  businessTimeBetween,
  segments,
} from '@aftersales/platform-calendar';
import { ClockDefinition, EscalationStep } from './sla-plan';

/** A stretch in which the case's status paused the clock (R-SLA-6). */
export interface StatusPause extends Pause {
  status: string;
}

export interface ClockState {
  clock: string;
  target: { minutes: number; rule: string; calendar: string };
  startedAt: Date;
  /** Null while a pause holds the clock with the target not yet reached. */
  dueAt: Date | null;
  elapsedMs: number;
  remainingMs: number;
  /** `withdrawn`: a plan change took the clock away before it was met; it is neither met nor breached. */
  state: 'running' | 'paused' | 'breached' | 'met' | 'withdrawn';
  /** Why it is due then (issue #3): every stretch since the start, with the rule that decided it. */
  ledger: (Segment | { start: Date; end: Date; kind: 'paused'; rule: string })[];
}

/**
 * The state of one clock at `now`, from its definition, the calendar it runs on, when it started, the status
 * pauses and (once met) when it stopped. Pure: recomputing after a priority change, a pause or a calendar edit is
 * calling this again with the new inputs.
 */
export function clockState(input: {
  definition: ClockDefinition;
  /** The target for this case (by channel); the definition's own target when not given. */
  targetMinutes?: number;
  calendar: BusinessCalendar;
  startedAt: Date;
  pauses: readonly StatusPause[];
  stoppedAt?: Date | null;
  /** The clock was stopped by a plan change (WITHDRAWN_BY in case-clocks.ts), not by what meets it. */
  withdrawn?: boolean;
  now: Date;
}): ClockState {
  const { definition, calendar, startedAt, pauses, now } = input;
  const minutes = input.targetMinutes ?? definition.targetMinutes;
  const targetMs = minutes * 60_000;
  const until = input.stoppedAt && input.stoppedAt < now ? input.stoppedAt : now;
  const elapsedMs = businessTimeBetween(calendar, startedAt, until, pauses);
  const dueAt = addBusinessDuration(calendar, startedAt, targetMs, pauses);
  const paused = pauses.some((p) => p.start <= until && (!p.end || p.end > until));
  const state: ClockState['state'] = input.withdrawn
    ? 'withdrawn'
    : input.stoppedAt
    ? elapsedMs <= targetMs
      ? 'met'
      : 'breached'
    : elapsedMs >= targetMs
      ? 'breached'
      : paused
        ? 'paused'
        : 'running';
  return {
    clock: definition.clock,
    target: { minutes, rule: definition.rule, calendar: calendar.id },
    startedAt,
    dueAt,
    elapsedMs,
    remainingMs: Math.max(0, targetMs - elapsedMs),
    state,
    ledger: explain(calendar, startedAt, until, pauses),
  };
}

/** Calendar segments with the paused stretches cut out and labelled with the status that paused them. */
export function explain(calendar: BusinessCalendar, from: Date, to: Date, pauses: readonly StatusPause[]): ClockState['ledger'] {
  const out: ClockState['ledger'] = [];
  for (const seg of segments(calendar, from, to)) {
    let cursor = seg.start.getTime();
    const end = seg.end.getTime();
    const overlapping = pauses
      .map((p) => ({ ...p, s: p.start.getTime(), e: p.end ? p.end.getTime() : Number.POSITIVE_INFINITY }))
      .filter((p) => p.e > cursor && p.s < end)
      .sort((a, b) => a.s - b.s);
    for (const p of overlapping) {
      if (p.s > cursor) out.push({ ...seg, start: new Date(cursor), end: new Date(p.s) });
      const pe = Math.min(p.e, end);
      const ps = Math.max(p.s, cursor);
      if (pe > ps) out.push({ start: new Date(ps), end: new Date(pe), kind: 'paused', rule: `paused while the case was ${p.status} (R-SLA-6)` });
      cursor = Math.max(cursor, pe);
    }
    if (cursor < end) out.push({ ...seg, start: new Date(cursor), end: seg.end });
  }
  return out;
}

export interface ScheduledStep {
  step: EscalationStep;
  fireAt: Date | null;
}

/**
 * When each rung of the ladder fires (R-SLA-3): percentages of the target in the clock's working time, breach
 * offsets in real elapsed time after the due moment (a manager's 24 h to react are calendar hours).
 */
export function escalationSchedule(input: {
  definition: ClockDefinition;
  targetMinutes?: number;
  calendar: BusinessCalendar;
  startedAt: Date;
  pauses: readonly StatusPause[];
}): ScheduledStep[] {
  const targetMs = (input.targetMinutes ?? input.definition.targetMinutes) * 60_000;
  const due = addBusinessDuration(input.calendar, input.startedAt, targetMs, input.pauses);
  return input.definition.escalation.map((step) => {
    if ('percentOfTarget' in step.at) {
      return { step, fireAt: addBusinessDuration(input.calendar, input.startedAt, Math.round((targetMs * step.at.percentOfTarget) / 100), input.pauses) };
    }
    return { step, fireAt: due ? new Date(due.getTime() + step.at.afterBreachMinutes * 60_000) : null };
  });
}
