import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const CaseReopenRequestedV1 = defineEvent({
  subject: 'aftersales.surveys.survey.case-reopen-requested.v1',
  summary:
    'A low survey score asks for the case to be reopened (R-SV-3, R-IN-7); intake reopens it if its reopen rules allow, with the survey as the reason.',
  schema: z.object({
    surveyId: z.uuid(),
    responseId: z.uuid(),
    caseId: z.uuid(),
    customerId: z.uuid(),
    questionId: z.string().describe('The question whose score fell at or below its threshold'),
    score: z.number().int(),
    reason: z.string(),
    requestedAt: isoDateTime,
  }),
  example: {
    surveyId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c1',
    responseId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c2',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-000000000001',
    questionId: 'fixed',
    score: 0,
    reason: 'Survey 0192f3a0-7c1e-7c3a-9a4e-0000000000c1: the customer says the problem is not fixed',
    requestedAt: '2026-11-24T09:00:00.000Z',
  },
});
export type CaseReopenRequestedV1Data = z.infer<typeof CaseReopenRequestedV1.schema>;
