import { DateTime } from 'luxon';

/** Calendar-date arithmetic on YYYY-MM-DD strings: zone-free, since the dates were already placed in the warranty zone. */

function parse(date: string): DateTime {
  const d = DateTime.fromISO(date, { zone: 'UTC' });
  if (!d.isValid) throw new RangeError(`not a calendar date: ${date}`);
  return d;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(parse(to).diff(parse(from), 'days').days);
}

export function addDays(date: string, days: number): string {
  return parse(date).plus({ days }).toISODate() as string;
}

/** Inclusive on both ends. */
export function isWithin(date: string, start: string, end: string): boolean {
  return date >= start && date <= end;
}
