import { DateTime, IANAZone } from 'luxon';
import { BusinessCalendar, CalendarVersion, WEEKDAYS, WorkingInterval } from './calendar.types';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Problems of a calendar definition, empty when it is valid. */
export function validateCalendar(cal: BusinessCalendar): string[] {
  const problems: string[] = [];
  if (!IANAZone.isValidZone(cal.timeZone)) problems.push(`timeZone ${cal.timeZone} is not an IANA zone`);
  if (cal.versions.length === 0) problems.push('at least one version is needed');
  const starts = cal.versions.map((v) => v.effectiveFrom ?? '');
  if (new Set(starts).size !== starts.length) problems.push('two versions start on the same date');
  for (const v of cal.versions) {
    const label = `version from ${v.effectiveFrom ?? 'always'}`;
    if (v.effectiveFrom && !DateTime.fromISO(v.effectiveFrom).isValid) problems.push(`${label}: effectiveFrom is not a date`);
    for (const day of WEEKDAYS) problems.push(...checkIntervals(v.weekly[day] ?? [], `${label}, ${day}`));
    const dates = [...v.holidays, ...v.makeUpWorkdays].map((o) => o.date);
    for (const d of dates) if (!DateTime.fromISO(d).isValid || d.length !== 10) problems.push(`${label}: ${d} is not a date (YYYY-MM-DD)`);
    const dupes = dates.filter((d, i) => dates.indexOf(d) !== i);
    if (dupes.length) problems.push(`${label}: a date is both a holiday and a make-up day, or listed twice: ${[...new Set(dupes)].join(', ')}`);
    for (const w of v.makeUpWorkdays) problems.push(...checkIntervals(w.intervals ?? [], `${label}, make-up day ${w.date}`));
  }
  return problems;
}

function checkIntervals(intervals: WorkingInterval[], where: string): string[] {
  const problems: string[] = [];
  const sorted = [...intervals].sort((a, b) => a.start.localeCompare(b.start));
  sorted.forEach((i, n) => {
    if (!TIME.test(i.start) || !TIME.test(i.end) || i.start === '24:00') problems.push(`${where}: ${i.start}-${i.end} is not HH:mm-HH:mm`);
    else if (i.end <= i.start) problems.push(`${where}: ${i.start}-${i.end} ends before it starts`);
    if (n > 0 && sorted[n - 1].end > i.start) problems.push(`${where}: ${sorted[n - 1].start}-${sorted[n - 1].end} overlaps ${i.start}-${i.end}`);
  });
  return problems;
}

/** Validates and returns the calendar, versions sorted; throws with every problem listed. */
export function defineCalendar(cal: BusinessCalendar): BusinessCalendar {
  const problems = validateCalendar(cal);
  if (problems.length) throw new Error(`Invalid calendar ${cal.id}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  const versions = [...cal.versions].sort((a, b) => (a.effectiveFrom ?? '').localeCompare(b.effectiveFrom ?? ''));
  return { ...cal, versions };
}

/** A 7x24 calendar (premium contracts, R-SLA-1 / R-SLA-5). */
export function alwaysOpen(id: string, timeZone: string): BusinessCalendar {
  const allDay = [{ start: '00:00', end: '24:00' }];
  const version: CalendarVersion = {
    effectiveFrom: null,
    weekly: Object.fromEntries(WEEKDAYS.map((d) => [d, allDay])),
    holidays: [],
    makeUpWorkdays: [],
  };
  return defineCalendar({ id, timeZone, versions: [version] });
}

/** Mon-Fri with the same hours each day (R-RMA-2: "Mon-Fri 09:00-17:00, public holidays excluded"). */
export function weekdays(
  id: string,
  timeZone: string,
  hours: WorkingInterval[],
  overrides: Pick<CalendarVersion, 'holidays' | 'makeUpWorkdays'> = { holidays: [], makeUpWorkdays: [] },
): BusinessCalendar {
  const weekly = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, hours]));
  return defineCalendar({ id, timeZone, versions: [{ effectiveFrom: null, weekly, ...overrides }] });
}
