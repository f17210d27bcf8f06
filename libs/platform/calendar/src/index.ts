/**
 * Business-hours arithmetic for every clock of the platform (R-SLA-6): SLA deadlines, acknowledgement timers,
 * RMA cut-offs and return deadlines, complaint deadlines. Pure: no Nest, no I/O. See README.md.
 */
export type { BusinessCalendar, CalendarVersion, WorkingInterval, DatedOverride, MakeUpWorkday, Weekday, Segment, SegmentKind, Pause } from './calendar.types';
export { WEEKDAYS } from './calendar.types';
export { defineCalendar, validateCalendar, alwaysOpen, weekdays } from './define-calendar';
export {
  isWorkingTime,
  nextWorkingMoment,
  addBusinessDuration,
  businessTimeBetween,
  addWorkingDays,
  endOfWorkingDay,
  nextWorkingDayMorning,
  isBeforeCutoff,
  segments,
} from './calendar';
export { chinaOfficialSchedule, chinaScheduleYears, CHINA_SCHEDULE_FROM_YEAR, nextYearScheduleMissing } from './china-official-schedule';
