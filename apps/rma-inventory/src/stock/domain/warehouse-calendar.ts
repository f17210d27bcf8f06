import { BusinessCalendar, chinaOfficialSchedule, weekdays } from '@aftersales/platform-calendar';

const defaults = new Map<string, BusinessCalendar>();

/**
 * A warehouse's business calendar: its own, or the R-RMA-2 default (Monday to Friday 09:00-17:00, the official
 * public holidays and make-up working days) in the warehouse's time zone.
 */
export function warehouseCalendar(w: { code: string; timeZone: string; calendar: BusinessCalendar | null }): BusinessCalendar {
  if (w.calendar) return w.calendar;
  const id = `warehouse-${w.code}`;
  const key = `${id}|${w.timeZone}`;
  let cal = defaults.get(key);
  if (!cal) {
    cal = weekdays(id, w.timeZone, [{ start: '09:00', end: '17:00' }], chinaOfficialSchedule());
    defaults.set(key, cal);
  }
  return cal;
}
