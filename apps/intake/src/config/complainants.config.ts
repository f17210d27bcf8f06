import { z } from 'zod';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { COMPLAINANT_TREATMENTS, ComplainantTreatment } from '../complainants/domain/complainant.policy';

/** R-CP-5: how intake treats a new case of a customer who complained before. */
export const complainantsConfigSchema = z.object({
  CASE_COMPLAINANT_TREATMENT: z
    .enum(COMPLAINANT_TREATMENTS)
    .default('raise-priority')
    .describe('R-CP-5: a new case of a customer who complained before gets one priority level higher (raise-priority), goes to the senior queue at its own priority (senior-queue), or is only flagged (none)'),
});

export function complainantTreatment(config: AppConfig): ComplainantTreatment {
  return config.get<ComplainantTreatment>('CASE_COMPLAINANT_TREATMENT');
}
