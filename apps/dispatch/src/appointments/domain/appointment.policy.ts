/**
 * Appointments (R-DS-4: the engineer calls the customer to agree a time before going) and the on-site arrangement
 * target (R-SLA-1: an on-site visit is arranged within 24 hours). Pure.
 */
export const ARRANGEMENT_TARGET_MS = 24 * 3_600_000;
export const MAX_SLOT_MS = 12 * 3_600_000;

export type AppointmentStatus = 'proposed' | 'confirmed' | 'rescheduled' | 'cancelled';

export class AppointmentRuleViolation extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly badInput = false,
  ) {
    super(message);
  }
}

/** R-SLA-1: the arrangement is due 24 hours after the order was created. */
export function arrangementDueAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + ARRANGEMENT_TARGET_MS);
}

export function checkSlot(start: Date, end: Date, now: Date): void {
  if (end.getTime() <= start.getTime()) throw new AppointmentRuleViolation('DISPATCH.SLOT_ENDS_BEFORE_START', 'The slot must end after it starts', true);
  if (end.getTime() - start.getTime() > MAX_SLOT_MS) throw new AppointmentRuleViolation('DISPATCH.SLOT_TOO_LONG', 'A slot is at most 12 hours', true);
  if (start.getTime() <= now.getTime()) throw new AppointmentRuleViolation('DISPATCH.SLOT_IN_PAST', 'The slot must start in the future', true);
}

/** Only a proposed appointment is confirmed; the first confirmation is when the visit was arranged. */
export function confirm(status: AppointmentStatus): AppointmentStatus {
  if (status !== 'proposed') throw new AppointmentRuleViolation('DISPATCH.APPOINTMENT_NOT_PROPOSED', `A ${status} appointment cannot be confirmed`);
  return 'confirmed';
}

/** A proposed or confirmed appointment is replaced by a new proposal. */
export function reschedule(status: AppointmentStatus): AppointmentStatus {
  if (status !== 'proposed' && status !== 'confirmed') throw new AppointmentRuleViolation('DISPATCH.APPOINTMENT_CLOSED', `A ${status} appointment cannot be rescheduled`);
  return 'rescheduled';
}

export function arrangedWithinTarget(arrangedAt: Date, dueAt: Date): boolean {
  return arrangedAt.getTime() <= dueAt.getTime();
}
