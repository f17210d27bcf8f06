import { DateTime } from 'luxon';
import { BusinessCalendar, CalendarVersion, Pause, Segment, WEEKDAYS, Weekday, WorkingInterval } from './calendar.types';

/** One day's working time as instants, with the rule that makes it working time. */
interface DayPlan {
  date: string;
  /** Local midnight at the start and the end of the day (23, 24 or 25 hours apart). */
  dayStart: number;
  dayEnd: number;
  intervals: { start: number; end: number; rule: string }[];
  /** Why the day has no working time at all (holiday or weekend), when that is the case. */
  closed?: { kind: 'holiday' | 'weekend'; rule: string };
}

const DAY_NAMES: Record<Weekday, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };
/** Nobody's calendar is closed for ten years; past that a definition without working time is a bug. */
const MAX_DAYS_SCANNED = 3660;

const plans = new WeakMap<BusinessCalendar, Map<string, DayPlan>>();

function versionFor(cal: BusinessCalendar, date: string): CalendarVersion {
  let chosen: CalendarVersion | undefined;
  for (const v of cal.versions) if ((v.effectiveFrom ?? '') <= date && (!chosen || (chosen.effectiveFrom ?? '') <= (v.effectiveFrom ?? ''))) chosen = v;
  if (!chosen) throw new Error(`Calendar ${cal.id} has no version in force on ${date}`);
  return chosen;
}

function at(date: DateTime, hhmm: string): number {
  if (hhmm === '24:00') return date.plus({ days: 1 }).startOf('day').toMillis();
  const [hour, minute] = hhmm.split(':').map(Number);
  // A wall time that does not exist (spring forward) moves forward with the clock, as luxon does.
  return date.set({ hour, minute, second: 0, millisecond: 0 }).toMillis();
}

/** The plan of one local date, cached per calendar object (SLA sweeps ask for the same days again and again). */
function dayPlan(cal: BusinessCalendar, day: DateTime): DayPlan {
  const date = day.toISODate() as string;
  let cache = plans.get(cal);
  if (!cache) plans.set(cal, (cache = new Map()));
  const cached = cache.get(date);
  if (cached) return cached;
  const start = day.startOf('day');
  const plan: DayPlan = { date, dayStart: start.toMillis(), dayEnd: start.plus({ days: 1 }).toMillis(), intervals: [] };
  const version = versionFor(cal, date);
  const weekday = WEEKDAYS[start.weekday - 1];
  const holiday = version.holidays.find((h) => h.date === date);
  const makeUp = version.makeUpWorkdays.find((w) => w.date === date);
  let intervals: WorkingInterval[] = [];
  let rule = '';
  if (holiday) {
    plan.closed = { kind: 'holiday', rule: `${date} public holiday: ${holiday.name}` };
  } else if (makeUp) {
    intervals = makeUp.intervals ?? version.weekly.mon ?? [];
    rule = `${date} make-up working day (调休): ${makeUp.name}`;
  } else {
    intervals = version.weekly[weekday] ?? [];
    rule = `${DAY_NAMES[weekday]} working hours`;
    if (intervals.length === 0) plan.closed = { kind: 'weekend', rule: `${DAY_NAMES[weekday]}: no working hours` };
  }
  for (const i of intervals) {
    const s = at(start, i.start);
    const e = at(start, i.end);
    if (e > s) plan.intervals.push({ start: s, end: e, rule: `${rule} ${i.start}-${i.end}` });
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(date, plan);
  return plan;
}

// Plans by the instant their day starts, and by the UTC hour an instant falls in: walking from day to day and
// finding the day of an instant then costs a map look-up, not a time-zone conversion (luxon's offset arithmetic
// dominated the CPU of opening a case).
const plansByStart = new WeakMap<BusinessCalendar, Map<number, DayPlan>>();
const plansByHour = new WeakMap<BusinessCalendar, Map<number, DayPlan>>();
const HOUR = 3_600_000;

function cacheOf(map: WeakMap<BusinessCalendar, Map<number, DayPlan>>, cal: BusinessCalendar): Map<number, DayPlan> {
  let cache = map.get(cal);
  if (!cache) map.set(cal, (cache = new Map()));
  if (cache.size > 50_000) cache.clear();
  return cache;
}

function planStartingAt(cal: BusinessCalendar, dayStart: number): DayPlan {
  const cache = cacheOf(plansByStart, cal);
  let plan = cache.get(dayStart);
  if (!plan) cache.set(dayStart, (plan = dayPlan(cal, DateTime.fromMillis(dayStart, { zone: cal.timeZone }))));
  return plan;
}

function planContaining(cal: BusinessCalendar, instant: number): DayPlan {
  const cache = cacheOf(plansByHour, cal);
  const hour = Math.floor(instant / HOUR);
  const hit = cache.get(hour);
  // Zones with half-hour offsets start a day inside a UTC hour: the hit must really contain the instant.
  if (hit && hit.dayStart <= instant && instant < hit.dayEnd) return hit;
  const plan = planStartingAt(cal, DateTime.fromMillis(instant, { zone: cal.timeZone }).startOf('day').toMillis());
  if (plan.dayStart <= hour * HOUR && (hour + 1) * HOUR <= plan.dayEnd) cache.set(hour, plan);
  return plan;
}

/** The local days from the one containing `from`, forward, each with its plan. */
function* days(cal: BusinessCalendar, from: number): Generator<DayPlan> {
  let plan = planContaining(cal, from);
  for (let n = 0; n < MAX_DAYS_SCANNED; n++) {
    yield plan;
    plan = planStartingAt(cal, plan.dayEnd);
  }
  throw new Error(`Calendar ${cal.id} has no working time within ${MAX_DAYS_SCANNED} days`);
}

const ms = (d: Date | number) => (typeof d === 'number' ? d : d.getTime());

export function isWorkingTime(cal: BusinessCalendar, instant: Date): boolean {
  const t = ms(instant);
  const plan = dayPlan(cal, DateTime.fromMillis(t, { zone: cal.timeZone }));
  return plan.intervals.some((i) => i.start <= t && t < i.end);
}

/** `instant` itself when it is working time, else the start of the next working interval. */
export function nextWorkingMoment(cal: BusinessCalendar, instant: Date): Date {
  const t = ms(instant);
  for (const plan of days(cal, t)) for (const i of plan.intervals) if (i.end > t) return new Date(Math.max(i.start, t));
  throw new Error('unreachable');
}

/** Working intervals from `from` on, less the pauses, in order. */
function* workingTime(cal: BusinessCalendar, from: number, pauses: readonly Pause[] = []): Generator<{ start: number; end: number }> {
  const cuts = pauses
    .map((p) => ({ start: ms(p.start), end: p.end ? ms(p.end) : Number.POSITIVE_INFINITY }))
    .filter((p) => p.end > p.start)
    .sort((a, b) => a.start - b.start);
  for (const plan of days(cal, from)) {
    for (const i of plan.intervals) {
      let pieces = [{ start: Math.max(i.start, from), end: i.end }];
      for (const c of cuts) {
        pieces = pieces.flatMap((p) =>
          c.end <= p.start || c.start >= p.end
            ? [p]
            : [
                ...(c.start > p.start ? [{ start: p.start, end: c.start }] : []),
                ...(c.end < p.end ? [{ start: c.end, end: p.end }] : []),
              ],
        );
      }
      for (const p of pieces) if (p.end > p.start) yield p;
      // An open pause stops the clock for good: nothing after its start counts.
      if (cuts.some((c) => c.end === Number.POSITIVE_INFINITY && c.start <= i.end)) return;
    }
  }
}

/**
 * The instant at which `durationMs` of working time has elapsed from `start` (R-SLA-3 deadlines). A duration that
 * is used up exactly at the end of an interval ends there (17:00), not at the next morning's start.
 * With pauses (R-SLA-6: waiting on the customer), paused time does not count. Null when an open pause means
 * the deadline cannot be reached until the clock resumes.
 */
export function addBusinessDuration(cal: BusinessCalendar, start: Date, durationMs: number, pauses: readonly Pause[] = []): Date | null {
  if (durationMs < 0) throw new Error('durationMs must not be negative');
  let remaining = durationMs;
  if (remaining === 0) return new Date(ms(start));
  for (const p of workingTime(cal, ms(start), pauses)) {
    const available = p.end - p.start;
    if (remaining <= available) return new Date(p.start + remaining);
    remaining -= available;
  }
  return null;
}

/** Working milliseconds between two instants (0 when `to` is not after `from`), less pauses. */
export function businessTimeBetween(cal: BusinessCalendar, from: Date, to: Date, pauses: readonly Pause[] = []): number {
  const end = ms(to);
  let total = 0;
  if (end <= ms(from)) return 0;
  for (const p of workingTime(cal, ms(from), pauses)) {
    if (p.start >= end) break;
    total += Math.min(p.end, end) - p.start;
  }
  return total;
}

function isWorkingDay(cal: BusinessCalendar, day: DateTime): boolean {
  return dayPlan(cal, day).intervals.length > 0;
}

/**
 * The n-th working day after the local date of `from` (R-RMA-3 "within 10 working days"), as `YYYY-MM-DD`.
 * n = 0 is that date itself when it is a working day, else the next working day.
 */
export function addWorkingDays(cal: BusinessCalendar, from: Date, n: number): string {
  let day = DateTime.fromMillis(ms(from), { zone: cal.timeZone }).startOf('day');
  if (n === 0) {
    for (let i = 0; !isWorkingDay(cal, day); i++) {
      if (i > MAX_DAYS_SCANNED) throw new Error(`Calendar ${cal.id} has no working day`);
      day = day.plus({ days: 1 });
    }
    return day.toISODate() as string;
  }
  let counted = 0;
  for (let i = 0; counted < n; i++) {
    if (i > MAX_DAYS_SCANNED) throw new Error(`Calendar ${cal.id} has no working day`);
    day = day.plus({ days: 1 });
    if (isWorkingDay(cal, day)) counted++;
  }
  return day.toISODate() as string;
}

/** The end of the last working interval of a local date (a deadline "by the end of that working day"). */
export function endOfWorkingDay(cal: BusinessCalendar, date: string): Date {
  const plan = dayPlan(cal, DateTime.fromISO(date, { zone: cal.timeZone }));
  if (plan.intervals.length === 0) throw new Error(`${date} is not a working day in calendar ${cal.id}`);
  return new Date(plan.intervals[plan.intervals.length - 1].end);
}

/** R-RMA-2 "otherwise the next working day morning": the first working moment of the next working day. */
export function nextWorkingDayMorning(cal: BusinessCalendar, instant: Date): Date {
  let day = DateTime.fromMillis(ms(instant), { zone: cal.timeZone }).startOf('day');
  for (let i = 0; i < MAX_DAYS_SCANNED; i++) {
    day = day.plus({ days: 1 });
    const plan = dayPlan(cal, day);
    if (plan.intervals.length > 0) return new Date(plan.intervals[0].start);
  }
  throw new Error(`Calendar ${cal.id} has no working day`);
}

/** R-RMA-2 cut-off: on a working day and strictly before the local time `HH:mm` (13:59 yes, 14:00 no). */
export function isBeforeCutoff(cal: BusinessCalendar, instant: Date, cutoff: string): boolean {
  const local = DateTime.fromMillis(ms(instant), { zone: cal.timeZone });
  if (!isWorkingDay(cal, local.startOf('day'))) return false;
  return local.toMillis() < at(local.startOf('day'), cutoff);
}

/**
 * The explanation of [from, to): ordered segments without gaps, each working or not and why, so an SLA clock can
 * say "due then because…". Adjacent segments with the same kind and rule are merged.
 */
export function segments(cal: BusinessCalendar, from: Date, to: Date): Segment[] {
  const start = ms(from);
  const end = ms(to);
  const out: Segment[] = [];
  const push = (s: number, e: number, kind: Segment['kind'], rule: string) => {
    const cs = Math.max(s, start);
    const ce = Math.min(e, end);
    if (ce <= cs) return;
    const last = out[out.length - 1];
    if (last && last.kind === kind && last.rule === rule && last.end.getTime() === cs) last.end = new Date(ce);
    else out.push({ start: new Date(cs), end: new Date(ce), kind, rule });
  };
  if (end <= start) return out;
  for (const plan of days(cal, start)) {
    if (plan.dayStart >= end) break;
    if (plan.closed) {
      push(plan.dayStart, plan.dayEnd, plan.closed.kind, plan.closed.rule);
      continue;
    }
    let cursor = plan.dayStart;
    for (const i of plan.intervals) {
      push(cursor, i.start, 'outside-hours', `${plan.date} outside working hours`);
      push(i.start, i.end, 'working', i.rule);
      cursor = i.end;
    }
    push(cursor, plan.dayEnd, 'outside-hours', `${plan.date} outside working hours`);
  }
  return out;
}
