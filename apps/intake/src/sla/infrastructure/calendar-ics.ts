import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { BusinessCalendar, DatedOverride, MakeUpWorkday } from '@aftersales/platform-calendar';

/**
 * A calendar's dated overrides as iCalendar (RFC 5545), R-SLA-6: one all-day VEVENT per holiday or make-up working
 * day, so that other regions' and company days can come from, and go to, any calendar tool. A make-up working day
 * carries CATEGORIES:WORKDAY; on import, a summary with 补班, 上班 or (班) (as Chinese holiday feeds write them) is one too.
 */
const WORKDAY = 'WORKDAY';
const HOLIDAY = 'HOLIDAY';
/** One import covers at most this many days (a year of holidays and make-up days is about 40). */
const MAX_DAYS = 1000;

export function calendarToIcs(cal: BusinessCalendar, now: Date): string {
  const vcalendar = new ICAL.Component(['vcalendar', [], []]);
  vcalendar.updatePropertyWithValue('prodid', '-//aftersales//intake sla calendar//EN');
  vcalendar.updatePropertyWithValue('version', '2.0');
  vcalendar.updatePropertyWithValue('x-wr-calname', cal.id);
  vcalendar.updatePropertyWithValue('x-wr-timezone', cal.timeZone);
  const stamp = ICAL.Time.fromJSDate(now, true);
  const add = (o: DatedOverride, category: string) => {
    const event = new ICAL.Component('vevent');
    event.updatePropertyWithValue('uid', `${o.date}-${category.toLowerCase()}@${cal.id}`);
    event.updatePropertyWithValue('dtstamp', stamp);
    event.updatePropertyWithValue('dtstart', ICAL.Time.fromDateString(o.date));
    event.updatePropertyWithValue('dtend', ICAL.Time.fromDateString(DateTime.fromISO(o.date).plus({ days: 1 }).toISODate() as string));
    event.updatePropertyWithValue('summary', o.name);
    event.updatePropertyWithValue('categories', category);
    // A holiday leaves the day free; a make-up day is busy.
    event.updatePropertyWithValue('transp', category === HOLIDAY ? 'TRANSPARENT' : 'OPAQUE');
    vcalendar.addSubcomponent(event);
  };
  // Versions often repeat the same dated overrides: each day is written once.
  const seen = new Set<string>();
  const once = (o: DatedOverride, category: string) => {
    const key = `${category}:${o.date}`;
    if (seen.has(key)) return;
    seen.add(key);
    add(o, category);
  };
  for (const v of cal.versions) {
    for (const h of v.holidays) once(h, HOLIDAY);
    for (const w of v.makeUpWorkdays) once(w, WORKDAY);
  }
  return vcalendar.toString();
}

export type IcsImport = { ok: true; holidays: DatedOverride[]; makeUpWorkdays: MakeUpWorkday[] } | { ok: false; problems: string[] };

/** The holidays and make-up days of an iCalendar text, or what is wrong with it (nothing is partly taken). */
export function overridesFromIcs(text: string): IcsImport {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (error) {
    return { ok: false, problems: [`not iCalendar: ${(error as Error).message}`] };
  }
  if (root.name !== 'vcalendar') return { ok: false, problems: ['not iCalendar: no VCALENDAR'] };
  const problems: string[] = [];
  const holidays: DatedOverride[] = [];
  const makeUpWorkdays: MakeUpWorkday[] = [];
  for (const vevent of root.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const label = `event ${event.uid ?? event.summary ?? '(no uid)'}`;
    if (vevent.hasProperty('rrule') || vevent.hasProperty('rdate')) {
      problems.push(`${label}: recurring events are not taken (each year's dates differ); list the days`);
      continue;
    }
    const start = event.startDate;
    if (!start || !start.isDate) {
      problems.push(`${label}: only all-day events (DTSTART;VALUE=DATE) name holidays or make-up days`);
      continue;
    }
    const end = event.endDate && event.endDate.isDate ? event.endDate : null;
    const first = DateTime.fromObject({ year: start.year, month: start.month, day: start.day });
    const last = end ? DateTime.fromObject({ year: end.year, month: end.month, day: end.day }).minus({ days: 1 }) : first;
    const name = (event.summary ?? '').trim().slice(0, 80) || 'holiday';
    const categories = vevent
      .getAllProperties('categories')
      .flatMap((p) => p.getValues())
      .map((c) => String(c).toUpperCase());
    const isWorkday = categories.includes(WORKDAY) || /补班|上班|[(（]班[)）]/.test(name);
    for (let d = first; d <= last; d = d.plus({ days: 1 })) {
      if (holidays.length + makeUpWorkdays.length >= MAX_DAYS) return { ok: false, problems: [`more than ${MAX_DAYS} days`] };
      (isWorkday ? makeUpWorkdays : holidays).push({ date: d.toISODate() as string, name });
    }
  }
  if (problems.length) return { ok: false, problems };
  const byDate = (a: DatedOverride, b: DatedOverride) => a.date.localeCompare(b.date);
  return { ok: true, holidays: holidays.sort(byDate), makeUpWorkdays: makeUpWorkdays.sort(byDate) };
}
