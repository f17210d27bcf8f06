/**
 * A business calendar as plain data (storable as JSON in any service's database). R-SLA-6: a clock runs 7x24 or
 * on business hours (several intervals a day: lunch breaks, split shifts), public holidays excluded, make-up
 * working days (调休) included, in the site's time zone; calendars change from a date on (versions).
 */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Wall-clock times `HH:mm`; `end` may be `24:00` (midnight at the end of the day). */
export interface WorkingInterval {
  start: string;
  end: string;
}

export interface DatedOverride {
  /** Local date `YYYY-MM-DD`. */
  date: string;
  name: string;
}

export interface MakeUpWorkday extends DatedOverride {
  /** Hours of that day; default: the hours of a normal Monday. */
  intervals?: WorkingInterval[];
}

export interface CalendarVersion {
  /** First local date this version applies to; null: since always. */
  effectiveFrom: string | null;
  weekly: Partial<Record<Weekday, WorkingInterval[]>>;
  holidays: DatedOverride[];
  makeUpWorkdays: MakeUpWorkday[];
}

export interface BusinessCalendar {
  id: string;
  /** IANA zone of the site, e.g. Asia/Shanghai. */
  timeZone: string;
  versions: CalendarVersion[];
}

/** Why a stretch of time counts or not, for "why is this due then" (issue #3). */
export type SegmentKind = 'working' | 'outside-hours' | 'weekend' | 'holiday';

export interface Segment {
  start: Date;
  end: Date;
  kind: SegmentKind;
  rule: string;
}

export interface Pause {
  start: Date;
  /** Open pause: still paused. */
  end?: Date | null;
}
