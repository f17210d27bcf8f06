import { DateTime } from 'luxon';

/**
 * Reporting periods (R-SV-4): calendar days, ISO weeks (Monday first) and months in the reporting time zone
 * (KPI_TIME_ZONE). A period ends at local midnight, whatever the business hours: KPIs count calendar time.
 */
export const PERIOD_KINDS = ['day', 'week', 'month'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  /** First local date, `YYYY-MM-DD`. */
  start: string;
  /** The local date after the last one (exclusive). */
  end: string;
  startsAt: Date;
  endsAt: Date;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The local date of an instant (Intl, cached per zone: the projection asks it for every KPI of every fact). */
export function localDay(at: Date | string, zone: string): string {
  let format = dayFormats.get(zone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(zone, format);
  }
  return format.format(typeof at === 'string' ? new Date(at) : at);
}

/** The period of a kind that holds a local date (or an instant). */
export function periodOf(kind: PeriodKind, at: string | Date, zone: string): Period {
  const day = typeof at === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(at) ? DateTime.fromISO(at, { zone }) : DateTime.fromJSDate(new Date(at), { zone });
  const unit = kind === 'day' ? 'day' : kind === 'week' ? 'week' : 'month';
  const start = day.startOf(unit);
  const end = start.plus({ [`${unit}s`]: 1 });
  return { kind, start: start.toISODate() as string, end: end.toISODate() as string, startsAt: start.toJSDate(), endsAt: end.toJSDate() };
}

/** The period after this one. */
export function nextPeriod(p: Period, zone: string): Period {
  return periodOf(p.kind, p.end, zone);
}

/** Minutes of wall-clock time in a period (a day of a daylight-saving change is not 1440). */
export function periodMinutes(p: Period): number {
  return (p.endsAt.getTime() - p.startsAt.getTime()) / 60_000;
}

/** A span of time cut at local midnights: minutes per local date. */
export function minutesByDay(from: Date, to: Date, zone: string): { day: string; minutes: number }[] {
  const out: { day: string; minutes: number }[] = [];
  let cursor = DateTime.fromJSDate(from, { zone });
  const end = DateTime.fromJSDate(to, { zone });
  while (cursor < end) {
    const next = DateTime.min(cursor.startOf('day').plus({ days: 1 }), end);
    out.push({ day: cursor.toISODate() as string, minutes: next.diff(cursor, 'minutes').minutes });
    cursor = next;
  }
  return out;
}
