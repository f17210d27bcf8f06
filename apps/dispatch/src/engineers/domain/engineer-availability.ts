/**
 * When an engineer can take an order (R-DS-3): a free slot under their maximum of concurrent orders, not on leave,
 * and working (by their calendar) within the window the order allows. Pure.
 */
import { BusinessCalendar, nextWorkingMoment } from '@aftersales/platform-calendar';

export interface LeavePeriod {
  /** Instants (ISO 8601); `to` is exclusive. */
  from: string;
  to: string;
  reason?: string;
}

export interface EngineerAvailability {
  openOrders: number;
  maxConcurrentOrders: number;
  leave?: readonly LeavePeriod[];
  /** Working calendar; null/absent = always available (7x24). */
  calendar?: BusinessCalendar | null;
}

export type Unavailability = 'at-capacity' | 'on-leave' | 'off-duty';

export type Availability = { available: true; availableAt: Date; waitMs: number } | { available: false; reason: Unavailability };

export function onLeaveAt(leave: readonly LeavePeriod[] | undefined, at: Date): LeavePeriod | undefined {
  const t = at.getTime();
  return leave?.find((l) => Date.parse(l.from) <= t && t < Date.parse(l.to));
}

export function hasFreeSlot(e: Pick<EngineerAvailability, 'openOrders' | 'maxConcurrentOrders'>): boolean {
  return e.openOrders < e.maxConcurrentOrders;
}

/** Checked in this order: capacity, leave, then whether the calendar has them working within `windowMs` of `at`. */
export function availabilityAt(e: EngineerAvailability, at: Date, windowMs: number): Availability {
  if (!hasFreeSlot(e)) return { available: false, reason: 'at-capacity' };
  if (onLeaveAt(e.leave, at)) return { available: false, reason: 'on-leave' };
  const availableAt = e.calendar ? nextWorkingMoment(e.calendar, at) : at;
  const waitMs = availableAt.getTime() - at.getTime();
  if (waitMs > windowMs) return { available: false, reason: 'off-duty' };
  return { available: true, availableAt, waitMs };
}

/** Why an engineer profile saved now stops them working their not-yet-started orders (R-DS-3), or null. */
export function awayReason(e: { active: boolean; leave: readonly LeavePeriod[] }, at: Date): string | null {
  if (!e.active) return 'engineer deactivated';
  return onLeaveAt(e.leave, at) ? 'engineer on leave' : null;
}
