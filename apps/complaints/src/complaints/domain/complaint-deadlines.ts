/**
 * R-CP-4: the committed deadlines of a complaint on the business calendar (working hours, public holidays and
 * make-up days), the warning before each and the escalation ladder after a miss: the officer's manager first, then
 * management, each level with its own reaction deadline. Pure.
 */
import { BusinessCalendar, addBusinessDuration, businessTimeBetween } from '@aftersales/platform-calendar';

const HOUR = 3_600_000;

export type DeadlineKind = 'acknowledgement' | 'handling';
export type DeadlineRung = 'warning' | 'level-1' | 'level-2';
export const ESCALATION_LEVELS = [1, 2] as const;

export interface DeadlineRules {
  calendar: BusinessCalendar;
  acknowledgementHours: number;
  handlingHours: number;
  /** The warning goes out when this share of the business time to the deadline has passed. */
  warningPercent: number;
  /** Business hours each level of the ladder has to react before the next level is told. */
  reactHours: Record<1 | 2, number>;
}

function after(rules: DeadlineRules, from: Date, hours: number): Date {
  // A calendar with working time always has a next working hour; null only for a calendar with none at all.
  const at = addBusinessDuration(rules.calendar, from, hours * HOUR);
  if (!at) throw new Error(`Calendar ${rules.calendar.id} has no working time`);
  return at;
}

/** The two deadlines of a complaint registered at `openedAt`. */
export function committedDeadlines(rules: DeadlineRules, openedAt: Date): { acknowledgeBy: Date; dueAt: Date } {
  return { acknowledgeBy: after(rules, openedAt, rules.acknowledgementHours), dueAt: after(rules, openedAt, rules.handlingHours) };
}

/** The warning before a deadline that runs from `from`: at the configured share of the business time between. */
export function warningAt(rules: DeadlineRules, from: Date, dueAt: Date): Date {
  const business = businessTimeBetween(rules.calendar, from, dueAt);
  const at = addBusinessDuration(rules.calendar, from, Math.floor((business * rules.warningPercent) / 100));
  return at && at.getTime() < dueAt.getTime() ? at : dueAt;
}

/** The reaction deadline of a level told at `escalatedAt`. */
export function reactBy(rules: DeadlineRules, level: 1 | 2, escalatedAt: Date): Date {
  return after(rules, escalatedAt, rules.reactHours[level]);
}

/** R-CP-4: an agreed new deadline must lie ahead, and be given with a reason. */
export class RenegotiationRefused extends Error {
  readonly code = 'COMPLAINTS.DEADLINE_NOT_AHEAD';
}

export function renegotiate(now: Date, dueAt: Date): Date {
  if (dueAt.getTime() <= now.getTime()) throw new RenegotiationRefused(`The new deadline ${dueAt.toISOString()} is not after now (${now.toISOString()})`);
  return dueAt;
}
