import { BusinessCalendar, chinaOfficialSchedule, weekdays } from '@aftersales/platform-calendar';

/**
 * R-RMA-2 "working days are Monday to Friday 09:00-17:00, public holidays excluded", with mainland China's holidays
 * and 调休 working days: the calendar of a warehouse that has none of its own.
 */
export function defaultWarehouseCalendar(timeZone = 'Asia/Shanghai'): BusinessCalendar {
  return weekdays('rma-default', timeZone, [{ start: '09:00', end: '17:00' }], chinaOfficialSchedule());
}
