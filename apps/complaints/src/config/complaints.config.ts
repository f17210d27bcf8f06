import { z } from 'zod';
import { AppConfig } from '@aftersales/platform-service-defaults';

/** The complaints service's own variables (.env.example), validated at start with the platform's. */
export const complaintsConfigSchema = z.object({
  COMPLAINT_DEFAULT_DEADLINE_HOURS: z.coerce.number().int().min(1).max(8760).default(48).describe('R-CP-4: committed handling deadline of a new complaint, hours after opening'),
  COMPLAINT_SURVEY_SCORE_THRESHOLD: z.coerce.number().int().min(0).max(5).default(2).describe('R-SV-3: a survey score at or below this opens a complaint; 0 turns it off'),
});

export interface ComplaintRules {
  deadlineHours: number;
  surveyScoreThreshold: number;
}

export function complaintRules(config: AppConfig): ComplaintRules {
  return {
    deadlineHours: config.get<number>('COMPLAINT_DEFAULT_DEADLINE_HOURS'),
    surveyScoreThreshold: config.get<number>('COMPLAINT_SURVEY_SCORE_THRESHOLD'),
  };
}
