import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const SurveyExpiredV1 = defineEvent({
  subject: 'aftersales.surveys.survey.expired.v1',
  summary: 'A survey was not answered in time and expired (R-SV-1): its link no longer works.',
  schema: z.object({
    surveyId: z.uuid(),
    caseId: z.uuid(),
    customerId: z.uuid(),
    expiredAt: isoDateTime,
  }),
  example: {
    surveyId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c1',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-000000000001',
    expiredAt: '2026-11-30T16:00:00.000Z',
  },
});
export type SurveyExpiredV1Data = z.infer<typeof SurveyExpiredV1.schema>;
