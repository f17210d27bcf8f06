import { DateTime } from 'luxon';
import { isWorkingTime, nextYearScheduleMissing } from '@aftersales/platform-calendar';
import { DEFAULT_BUSINESS_CALENDAR } from './sla-plan.store';

/**
 * R-SLA-6: the shipped default calendar follows the State Council's notices, written here by hand from them
 * (国务院办公厅关于2026年部分节假日安排的通知, www.gov.cn, November 2025; and the 2025 notice, 国办发明电〔2024〕12号).
 */
const holidays2026 = [
  '2026-01-01', '2026-01-02', '2026-01-03', // 元旦
  '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23', // 春节
  '2026-04-04', '2026-04-05', '2026-04-06', // 清明节
  '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05', // 劳动节
  '2026-06-19', '2026-06-20', '2026-06-21', // 端午节
  '2026-09-25', '2026-09-26', '2026-09-27', // 中秋节
  '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07', // 国庆节
];
const makeUp2026 = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];

const holidays2025 = [
  '2025-01-01',
  '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04',
  '2025-04-04', '2025-04-05', '2025-04-06',
  '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04', '2025-05-05',
  '2025-05-31', '2025-06-01', '2025-06-02',
  '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08',
];
const makeUp2025 = ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'];

const version = DEFAULT_BUSINESS_CALENDAR.versions[0];
const datesOf = (list: { date: string }[], year: string) => list.map((o) => o.date).filter((d) => d.startsWith(year));

describe('the shipped default business calendar (R-SLA-6)', () => {
  it('is Mon-Fri 09:00-17:00 in Asia/Shanghai', () => {
    expect(DEFAULT_BUSINESS_CALENDAR.timeZone).toBe('Asia/Shanghai');
    expect(version.weekly.mon).toEqual([{ start: '09:00', end: '17:00' }]);
    expect(version.weekly.sat ?? []).toEqual([]);
  });

  it('carries exactly the published holidays and 调休 working days of 2026 and 2025', () => {
    expect(datesOf(version.holidays, '2026')).toEqual(holidays2026);
    expect(datesOf(version.makeUpWorkdays, '2026')).toEqual(makeUp2026);
    expect(datesOf(version.holidays, '2025')).toEqual(holidays2025);
    expect(datesOf(version.makeUpWorkdays, '2025')).toEqual(makeUp2025);
    expect(version.holidays.some((h) => h.date.startsWith('2024'))).toBe(true);
  });

  it('treats every day of 2026 as the notice says: holidays off, 调休 days on, otherwise Mon-Fri', () => {
    let working = 0;
    for (let d = DateTime.fromISO('2026-01-01', { zone: 'Asia/Shanghai' }); d.year === 2026; d = d.plus({ days: 1 })) {
      const date = d.toISODate() as string;
      const expected = makeUp2026.includes(date) || (!holidays2026.includes(date) && d.weekday <= 5);
      expect([date, isWorkingTime(DEFAULT_BUSINESS_CALENDAR, d.set({ hour: 10 }).toJSDate())]).toEqual([date, expected]);
      if (expected) working++;
    }
    // 2026: 261 weekdays, 19 of them holidays, plus 6 make-up days.
    expect(working).toBe(248);
  });

  it('warns from December 1 when next year has no holidays', () => {
    expect(nextYearScheduleMissing(DEFAULT_BUSINESS_CALENDAR, new Date('2026-11-30T15:59:00Z'))).toBe(false); // Nov 30 23:59 Shanghai
    expect(nextYearScheduleMissing(DEFAULT_BUSINESS_CALENDAR, new Date('2026-11-30T16:00:00Z'))).toBe(true); // Dec 1 00:00 Shanghai
    expect(nextYearScheduleMissing(DEFAULT_BUSINESS_CALENDAR, new Date('2025-12-01T02:00:00Z'))).toBe(false); // 2026 is shipped
  });
});
