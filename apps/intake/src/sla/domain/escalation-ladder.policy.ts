import { ScheduledStep } from './sla-clock';
import { EscalationStep } from './sla-plan';

/**
 * The next rung of a ladder to fire: the earliest one that has not fired (a clock keeps one pending timer, for it;
 * when it fires, the one after is scheduled).
 */
export function nextRung(schedule: readonly ScheduledStep[], fired: readonly number[]): { step: number; fireAt: Date } | null {
  let next: { step: number; fireAt: Date } | null = null;
  schedule.forEach((s, step) => {
    if (!s.fireAt || fired.includes(step)) return;
    if (!next || s.fireAt < next.fireAt) next = { step, fireAt: s.fireAt };
  });
  return next;
}

/** What a due rung announces (R-SLA-3, R-SLA-7). */
export interface RungOutcome {
  /** A step below 100 % of the target: a warning at this share. */
  warningAt: number | null;
  /** The target is used up: the breach, announced once per clock. */
  breach: boolean;
  /** A step with a level above the engineer's: an escalation to that level. */
  escalate: boolean;
}

export function rungOutcome(rung: EscalationStep, alreadyBreached: boolean): RungOutcome {
  const percent = 'percentOfTarget' in rung.at ? rung.at.percentOfTarget : null;
  if (percent !== null && percent < 100) return { warningAt: percent, breach: false, escalate: false };
  return { warningAt: null, breach: percent !== null && !alreadyBreached, escalate: rung.action !== 'warn' && rung.level >= 1 };
}

/** R-SLA-3: a rung after the breach is not raised when the level below has reacted to its escalation. */
export function escalationAnswered(rung: EscalationStep, below: { reactedAt: Date | null } | undefined): boolean {
  return 'afterBreachMinutes' in rung.at && !!below?.reactedAt;
}
