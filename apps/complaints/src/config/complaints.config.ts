import { z } from 'zod';
import { BusinessCalendar, chinaOfficialSchedule, weekdays } from '@aftersales/platform-calendar';
import { AppConfig } from '@aftersales/platform-service-defaults';
import type { DeadlineRules } from '../complaints/domain/complaint-deadlines';

const hours = (what: string, fallback: number) => z.coerce.number().int().min(1).max(2000).default(fallback).describe(what);
const HHMM = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$|^([01]\d|2[0-3]):[0-5]\d-24:00$/;

/** The complaints service's own variables (.env.example), validated at start with the platform's. */
export const complaintsConfigSchema = z.object({
  COMPLAINT_DEFAULT_DEADLINE_HOURS: hours('R-CP-4: committed handling deadline of a new complaint, in business hours after registration', 16),
  COMPLAINT_ACKNOWLEDGEMENT_HOURS: hours('R-CP-4: a new complaint is acknowledged within this many business hours', 4),
  COMPLAINT_WARNING_PERCENT: z.coerce.number().int().min(1).max(99).default(75).describe('R-CP-4: the warning goes out when this share of the business time to a deadline has passed'),
  COMPLAINT_ESCALATION_LEVEL1_REACT_HOURS: hours("R-CP-4: business hours the officer's manager has to react to a missed deadline before management is told", 4),
  COMPLAINT_ESCALATION_LEVEL2_REACT_HOURS: hours('R-CP-4: business hours management has to react to an escalated complaint', 8),
  COMPLAINT_TIME_ZONE: z
    .string()
    .refine((zone) => Intl.supportedValuesOf('timeZone').includes(zone) || zone === 'UTC', 'must be an IANA time zone')
    .default('Asia/Shanghai')
    .describe('Zone of the complaint desk: its working hours and the official holidays'),
  COMPLAINT_WORKING_HOURS: z.string().regex(HHMM, 'must be HH:mm-HH:mm').default('09:00-17:00').describe('Working hours of the complaint desk, Monday to Friday, holidays excluded and make-up days included'),
  COMPLAINT_COMPENSATION_APPROVAL_ABOVE_MINOR: z.coerce.number().int().min(0).default(50000).describe('A compensation above this (money plus service credit, minor units) needs a manager\'s approval'),
  COMPLAINT_SURVEY_SCORE_THRESHOLD: z.coerce.number().int().min(0).max(5).default(2).describe('R-SV-3: a survey score at or below this opens a complaint; 0 turns it off'),
});

export interface ComplaintRules {
  deadlines: DeadlineRules;
  surveyScoreThreshold: number;
  compensationApprovalAboveMinor: number;
}

/** The complaint desk's calendar: weekdays in its working hours, China's official holidays and make-up days (R-CP-4). */
export function complaintCalendar(timeZone: string, workingHours: string): BusinessCalendar {
  const [start, end] = workingHours.split('-');
  return weekdays('complaints', timeZone, [{ start, end }], chinaOfficialSchedule());
}

export function complaintRules(config: AppConfig): ComplaintRules {
  const get = <T>(name: string) => config.get<T>(name);
  return {
    deadlines: {
      calendar: complaintCalendar(get<string>('COMPLAINT_TIME_ZONE'), get<string>('COMPLAINT_WORKING_HOURS')),
      acknowledgementHours: get<number>('COMPLAINT_ACKNOWLEDGEMENT_HOURS'),
      handlingHours: get<number>('COMPLAINT_DEFAULT_DEADLINE_HOURS'),
      warningPercent: get<number>('COMPLAINT_WARNING_PERCENT'),
      reactHours: { 1: get<number>('COMPLAINT_ESCALATION_LEVEL1_REACT_HOURS'), 2: get<number>('COMPLAINT_ESCALATION_LEVEL2_REACT_HOURS') },
    },
    surveyScoreThreshold: get<number>('COMPLAINT_SURVEY_SCORE_THRESHOLD'),
    compensationApprovalAboveMinor: get<number>('COMPLAINT_COMPENSATION_APPROVAL_ABOVE_MINOR'),
  };
}
