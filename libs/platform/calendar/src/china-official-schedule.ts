import schedule from 'chinese-days/dist/chinese-days.json';
import { DateTime } from 'luxon';
import { BusinessCalendar, DatedOverride, MakeUpWorkday } from './calendar.types';

/**
 * Mainland China's public holidays and make-up working days (调休), R-SLA-6, as the State Council's General Office
 * publishes them each year (国务院办公厅关于<year>年部分节假日安排的通知, on www.gov.cn). The dates come from the
 * `chinese-days` package (MIT, github.com/vsme/chinese-days), which transcribes each notice with its gov.cn link
 * (its src/holidays/generate.ts); china-official-schedule.spec.ts checks 2025 and 2026 against the notices by hand.
 * A new notice (usually November) arrives with an update of that package.
 */
interface ScheduleData {
  /** date -> "English name,中文名,n" */
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/** The first year shipped: older years no longer matter to open clocks and would only grow every calendar. */
export const CHINA_SCHEDULE_FROM_YEAR = 2024;

const data = schedule as ScheduleData;

function names(entry: string): string {
  const [english, chinese] = entry.split(',');
  return chinese ? `${chinese} ${english}` : entry;
}

/** The years whose schedule has been published (and shipped), ascending. */
export function chinaScheduleYears(): number[] {
  const years = new Set(Object.keys(data.holidays).map((d) => Number(d.slice(0, 4))));
  return [...years].filter((y) => y >= CHINA_SCHEDULE_FROM_YEAR).sort((a, b) => a - b);
}

/** The official holidays (every day off, weekends inside a holiday included) and 调休 working days, by date. */
export function chinaOfficialSchedule(fromYear = CHINA_SCHEDULE_FROM_YEAR): { holidays: DatedOverride[]; makeUpWorkdays: MakeUpWorkday[] } {
  const pick = (map: Record<string, string>, suffix: string) =>
    Object.entries(map)
      .filter(([date]) => Number(date.slice(0, 4)) >= fromYear)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, entry]) => ({ date, name: `${names(entry)}${suffix}` }));
  return { holidays: pick(data.holidays, ''), makeUpWorkdays: pick(data.workdays, ' 调休 make-up working day') };
}

/**
 * R-SLA-6: from December 1 (in the calendar's zone) a calendar with no holiday in the coming year is missing that
 * year's schedule; administrators are warned, since clocks would otherwise run through its Spring Festival.
 */
export function nextYearScheduleMissing(cal: BusinessCalendar, now: Date): boolean {
  const local = DateTime.fromJSDate(now, { zone: cal.timeZone });
  if (local.month !== 12) return false;
  const next = String(local.year + 1);
  return !cal.versions.some((v) => v.holidays.some((h) => h.date.startsWith(next)));
}
