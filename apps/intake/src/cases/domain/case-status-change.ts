/**
 * The guarded status changes of a case over the lifecycle (issue #3 "lifecycle", R-IN-7): who may ask for which,
 * what each needs, and what it records. Pure: the caller loads, locks and saves.
 */
import { CaseStatus, transition } from './case-lifecycle';

/** Who asks: the customer of the case, staff, or intake itself (the auto-close sweep). */
export type StatusActor = 'customer' | 'staff' | 'system';

/** What happened, as the activity log and the status-changed event name it. */
export type StatusAction =
  | 'acknowledged'
  | 'work-started'
  | 'work-resumed'
  | 'waiting-on-customer'
  | 'waiting-on-parts'
  | 'case-resolved'
  | 'case-closed'
  | 'resolution-rejected'
  | 'auto-closed'
  | 'case-reopened';

export interface StatusChangeRequest {
  from: CaseStatus;
  to: CaseStatus;
  by: StatusActor;
  at: Date;
  reason?: string | null;
  resolution?: string | null;
  /** When the case was closed and resolved: the reopen window and the auto-close timeout count from them. */
  closedAt: Date | null;
  resolvedAt: Date | null;
  reopenWindowDays: number;
  autoCloseDays: number;
}

export interface StatusChange {
  from: CaseStatus;
  to: CaseStatus;
  action: StatusAction;
  reason: string | null;
  /** The case's timestamps and resolution after the change (unchanged fields are left out). */
  set: { resolution?: string | null; resolvedAt?: Date | null; closedAt?: Date | null };
  /** Set when the case closes: how the closure was confirmed (R-IN-7). */
  confirmation?: 'customer-confirmed' | 'confirmation-timeout';
}

/** A request the lifecycle allows but this actor or these facts do not: a stable code and a message. */
export class StatusChangeRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: 'forbidden' | 'unprocessable' = 'unprocessable',
  ) {
    super(message);
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** R-IN-7, R-IN-8: a customer confirms or rejects the resolution and reopens a closed case; nothing else. */
const CUSTOMER_MAY: readonly { from: CaseStatus; to: CaseStatus }[] = [
  { from: 'resolved', to: 'closed' },
  { from: 'resolved', to: 'in-progress' },
  { from: 'closed', to: 'reopened' },
];

export function actionOf(from: CaseStatus, to: CaseStatus, by: StatusActor): StatusAction {
  switch (to) {
    case 'acknowledged':
      return 'acknowledged';
    case 'in-progress':
      if (from === 'resolved') return 'resolution-rejected';
      return from === 'waiting-on-customer' || from === 'waiting-on-parts' ? 'work-resumed' : 'work-started';
    case 'waiting-on-customer':
    case 'waiting-on-parts':
      return to;
    case 'resolved':
      return 'case-resolved';
    case 'closed':
      return by === 'system' ? 'auto-closed' : 'case-closed';
    case 'reopened':
      return 'case-reopened';
    case 'new':
      throw new Error('no case returns to new');
  }
}

/** The reopen window ends this many days after closure (R-IN-7); a window of 0 days allows no reopening. */
export function reopenDeadline(closedAt: Date, windowDays: number): Date {
  return new Date(closedAt.getTime() + windowDays * DAY_MS);
}

/** A resolved case the customer has not confirmed closes at this instant (R-IN-7, documented timeout). */
export function autoCloseDue(resolvedAt: Date, autoCloseDays: number): Date {
  return new Date(resolvedAt.getTime() + autoCloseDays * DAY_MS);
}

/** The auto-close sweep closes the resolved cases resolved at or before this instant (the inverse of autoCloseDue). */
export function autoCloseCutoff(now: Date, autoCloseDays: number): Date {
  return new Date(now.getTime() - autoCloseDays * DAY_MS);
}

/**
 * Decides a status change. Throws IllegalCaseTransition (the lifecycle refuses it) or StatusChangeRefused
 * (the lifecycle allows it, but not for this actor, without a reason, or outside its time window).
 */
export function decideStatusChange(r: StatusChangeRequest): StatusChange {
  const to = transition(r.from, r.to);
  const reason = r.reason?.trim() || null;
  if (r.by === 'customer' && !CUSTOMER_MAY.some((m) => m.from === r.from && m.to === to)) {
    throw new StatusChangeRefused('INTAKE.CUSTOMER_ACTION_FORBIDDEN', 'A customer can only confirm or reject a resolution and reopen a closed case', 'forbidden');
  }
  const action = actionOf(r.from, to, r.by);
  const change: StatusChange = { from: r.from, to, action, reason, set: {} };
  switch (action) {
    case 'case-resolved': {
      // A completed work order (the system) brings dispatch's resolution as it is; staff must write one.
      if (r.by === 'system') {
        change.set = { resolution: r.resolution ?? '', resolvedAt: r.at };
        break;
      }
      const resolution = r.resolution?.trim();
      if (!resolution) throw new StatusChangeRefused('INTAKE.RESOLUTION_REQUIRED', 'Resolving a case needs the resolution text');
      change.set = { resolution, resolvedAt: r.at };
      break;
    }
    case 'resolution-rejected':
      if (!reason) throw new StatusChangeRefused('INTAKE.REASON_REQUIRED', 'Rejecting a resolution needs a reason');
      change.set = { resolvedAt: null };
      break;
    case 'case-closed':
      change.set = { closedAt: r.at };
      change.confirmation = 'customer-confirmed';
      break;
    case 'auto-closed': {
      if (!r.resolvedAt || r.at < autoCloseDue(r.resolvedAt, r.autoCloseDays)) {
        throw new StatusChangeRefused('INTAKE.AUTO_CLOSE_NOT_DUE', 'The customer may still confirm: the auto-close timeout has not passed');
      }
      change.set = { closedAt: r.at };
      change.confirmation = 'confirmation-timeout';
      break;
    }
    case 'case-reopened': {
      if (!reason) throw new StatusChangeRefused('INTAKE.REASON_REQUIRED', 'Reopening a case needs a reason');
      const deadline = r.closedAt ? reopenDeadline(r.closedAt, r.reopenWindowDays) : null;
      if (!deadline || r.at >= deadline) {
        throw new StatusChangeRefused(
          'INTAKE.REOPEN_WINDOW_PASSED',
          `A closed case can be reopened for ${r.reopenWindowDays} days after closure${deadline ? `, until ${deadline.toISOString()}` : ''}`,
        );
      }
      change.set = { closedAt: null, resolvedAt: null };
      break;
    }
    default:
      break;
  }
  return change;
}
