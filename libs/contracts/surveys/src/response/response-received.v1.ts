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
    receivedAt: isoDateTime,
    templateCode: z.string().optional().describe('The questionnaire answered'),
    templateVersion: z.number().int().min(1).optional(),
    answers: z
      .array(z.object({ questionId: z.string(), kind: z.string().describe('csat, nps, yes-no, choice, text'), value: z.union([z.number(), z.boolean(), z.string()]) }))
      .optional()
      .describe('Every question answered, when the survey had several'),
    followUps: z
      .array(z.enum(['complaint', 'reopen', 'call-back']))
      .optional()
      .describe('R-SV-3: what the template’s thresholds asked for; when present, complaints opens a complaint only if it lists complaint'),
    surveyLink: z.string().optional().describe('Where staff read the survey: /v1/surveys/<surveyId>'),
  }),
  example: {
    responseId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c2',
    surveyId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c1',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-000000000001',
    score: 2,
    comment: 'Engineer came a day late',
    receivedAt: '2026-11-24T09:00:00.000Z',
    templateCode: 'post-case',
    templateVersion: 1,
    answers: [{ questionId: 'overall', kind: 'csat', value: 2 }],
    followUps: ['complaint'],
    surveyLink: '/v1/surveys/0192f3a0-7c1e-7c3a-9a4e-0000000000c1',
  },
});
export type ResponseReceivedV1Data = z.infer<typeof ResponseReceivedV1.schema>;
