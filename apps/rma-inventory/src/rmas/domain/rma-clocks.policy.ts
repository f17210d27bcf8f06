import { DateTime } from 'luxon';
import { BusinessCalendar, addBusinessDuration, addWorkingDays, endOfWorkingDay, isBeforeCutoff, nextWorkingDayMorning, nextWorkingMoment } from '@aftersales/platform-calendar';

const HOUR = 3_600_000;

/** R-RMA-2: approved before 14:00 on a working day ships that day. */
export const SAME_DAY_CUTOFF = '14:00';
/** "The next working morning": shipped by noon of the next working day. */
export const NEXT_DAY_SHIP_BY = '12:00';
/** The ship-by warning goes out this long before the deadline. */
export const SHIP_BY_WARNING_MS = HOUR;

export interface ShipBy {
  shipBy: Date;
  sameDay: boolean;
  rule: string;
}

const local = (cal: BusinessCalendar, instant: Date) => DateTime.fromJSDate(instant, { zone: cal.timeZone });
const hhmm = (cal: BusinessCalendar, instant: Date) => local(cal, instant).toFormat('HH:mm');
const dateOf = (cal: BusinessCalendar, instant: Date) => local(cal, instant).toISODate() as string;

/**
 * R-RMA-2 on the shipping warehouse's calendar: approved on a working day strictly before 14:00 local (13:59 yes,
 * 14:00 no), the spare ships the same day, by the end of that working day; otherwise by noon of the next working day
 * (a 调休 Saturday is a working day, a public holiday is not).
 */
export function shipByFor(cal: BusinessCalendar, approvedAt: Date, warehouseCode: string): ShipBy {
  const at = `approved ${hhmm(cal, approvedAt)} on ${dateOf(cal, approvedAt)}`;
  if (isBeforeCutoff(cal, approvedAt, SAME_DAY_CUTOFF)) {
    const shipBy = endOfWorkingDay(cal, dateOf(cal, approvedAt));
    return { shipBy, sameDay: true, rule: `R-RMA-2: ${at}, a working day of ${warehouseCode}, before ${SAME_DAY_CUTOFF}: ships the same day, by ${hhmm(cal, shipBy)}` };
  }
  const morning = nextWorkingDayMorning(cal, approvedAt);
  const [h, m] = NEXT_DAY_SHIP_BY.split(':').map(Number);
  const noon = local(cal, morning).set({ hour: h, minute: m, second: 0, millisecond: 0 });
  const shipBy = new Date(Math.max(noon.toMillis(), morning.getTime()));
  return {
    shipBy,
    sameDay: false,
    rule: `R-RMA-2: ${at}, not before ${SAME_DAY_CUTOFF} on a working day of ${warehouseCode}: ships the next working morning, ${dateOf(cal, shipBy)} by ${hhmm(cal, shipBy)}`,
  };
}

/** R-RMA-3: the faulty unit is due back within 10 working days of delivery. */
export const RETURN_WORKING_DAYS = 10;
/** The reminder: the morning of the 8th working day, two working days before the due day. */
export const REMINDER_WORKING_DAYS_BEFORE = 2;
/** The chaser series after an overdue return: the mornings of working days 1, 3 and 5 after the due day. */
export const CHASER_WORKING_DAYS_AFTER = [1, 3, 5] as const;
/** The charge: the morning two working days after the last chaser. */
export const CHARGE_WORKING_DAYS_AFTER = 7;

export interface ReturnSchedule {
  dueOn: string;
  dueAt: Date;
  reminderAt: Date;
  overdueAt: Date;
  chasersAt: Date[];
  chargeAt: Date;
}

/** The first working moment of a local working day. */
function morningOf(cal: BusinessCalendar, date: string): Date {
  return nextWorkingMoment(cal, DateTime.fromISO(date, { zone: cal.timeZone }).startOf('day').toJSDate());
}

/**
 * R-RMA-3 on the warehouse calendar: due by the end of the 10th working day after the local date of delivery; the
 * reminder the morning of the 8th; overdue when the due time passes; chasers the mornings of working days 1, 3 and 5
 * after the due day; the charge the morning of working day 7 after it.
 */
export function returnScheduleFor(cal: BusinessCalendar, deliveredAt: Date): ReturnSchedule {
  const dueOn = addWorkingDays(cal, deliveredAt, RETURN_WORKING_DAYS);
  const dueAt = endOfWorkingDay(cal, dueOn);
  const reminderAt = morningOf(cal, addWorkingDays(cal, deliveredAt, RETURN_WORKING_DAYS - REMINDER_WORKING_DAYS_BEFORE));
  const chasersAt = CHASER_WORKING_DAYS_AFTER.map((n) => morningOf(cal, addWorkingDays(cal, dueAt, n)));
  const chargeAt = morningOf(cal, addWorkingDays(cal, dueAt, CHARGE_WORKING_DAYS_AFTER));
  return { dueOn, dueAt, reminderAt, overdueAt: dueAt, chasersAt, chargeAt };
}

/** R-RMA-7: a request is reviewed within 24 hours (round the clock); the warning four hours before. */
export const REVIEW_HOURS = 24;
export const REVIEW_WARNING_HOURS_BEFORE = 4;

export function reviewDeadline(requestedAt: Date): { dueAt: Date; warnAt: Date } {
  const dueAt = new Date(requestedAt.getTime() + REVIEW_HOURS * HOUR);
  return { dueAt, warnAt: new Date(dueAt.getTime() - REVIEW_WARNING_HOURS_BEFORE * HOUR) };
}

/** R-RMA-7: the customer ships the goods within 7 days of the confirmation; the warning a day before. */
export const CUSTOMER_SHIPMENT_DAYS = 7;

export function customerShipmentDeadline(cal: BusinessCalendar, approvedAt: Date): { dueAt: Date; warnAt: Date } {
  const dueAt = local(cal, approvedAt).plus({ days: CUSTOMER_SHIPMENT_DAYS }).toJSDate();
  return { dueAt, warnAt: local(cal, approvedAt).plus({ days: CUSTOMER_SHIPMENT_DAYS - 1 }).toJSDate() };
}

/**
 * R-RMA-7: a purchase return is processed (refund paid, exchange shipped) within 3-5 working days of the goods'
 * receipt: warned at the end of the 3rd working day, missed at the end of the 5th.
 */
export const PROCESSING_TARGET_WORKING_DAYS = 3;
export const PROCESSING_LIMIT_WORKING_DAYS = 5;

export function processingDeadline(cal: BusinessCalendar, receivedAt: Date): { dueAt: Date; warnAt: Date } {
  return {
    warnAt: endOfWorkingDay(cal, addWorkingDays(cal, receivedAt, PROCESSING_TARGET_WORKING_DAYS)),
    dueAt: endOfWorkingDay(cal, addWorkingDays(cal, receivedAt, PROCESSING_LIMIT_WORKING_DAYS)),
  };
}

/** R-RMA-4: an exchange repair is turned around within 72 working hours of receipt; warned 8 working hours before. */
export const TURNAROUND_WORKING_HOURS = 72;
export const TURNAROUND_WARNING_WORKING_HOURS_BEFORE = 8;

export function turnaroundDeadline(cal: BusinessCalendar, receivedAt: Date): { dueAt: Date; warnAt: Date } {
  const dueAt = addBusinessDuration(cal, receivedAt, TURNAROUND_WORKING_HOURS * HOUR);
  const warnAt = addBusinessDuration(cal, receivedAt, (TURNAROUND_WORKING_HOURS - TURNAROUND_WARNING_WORKING_HOURS_BEFORE) * HOUR);
  if (!dueAt || !warnAt) throw new Error(`Calendar ${cal.id} has no working time for the 72-hour turnaround`);
  return { dueAt, warnAt };
}
