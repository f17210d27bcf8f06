import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const ResponseReceivedV1 = defineEvent({
  subject: 'aftersales.surveys.response.received.v1',
  summary: 'A customer answered a satisfaction survey (R-SV-1, R-SV-3); a low score leads to follow-up.',
  schema: z.object({
    responseId: z.uuid(),
    surveyId: z.uuid(),
    caseId: z.uuid(),
    customerId: z.uuid(),
    score: z.number().int().min(1).max(5).describe('Overall satisfaction, 1 (very dissatisfied) to 5'),
    comment: z.string().nullable(),
    npsScore: z.number().int().min(0).max(10).nullable().optional().describe('How likely the customer is to recommend us, 0-10, when the survey asked (NPS, R-SV-4)'),
    receivedAt: isoDateTime,
  }),
  example: {
    responseId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c2',
    surveyId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c1',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-000000000001',
    score: 2,
    comment: 'Engineer came a day late',
    receivedAt: '2026-11-24T09:00:00.000Z',
  },
});
export type ResponseReceivedV1Data = z.infer<typeof ResponseReceivedV1.schema>;
