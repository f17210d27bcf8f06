import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const CallBackCreatedV1 = defineEvent({
  subject: 'aftersales.surveys.call-back.created.v1',
  summary: 'A low survey score became a call-back task for the survey team (R-SV-3), linked to its survey.',
  schema: z.object({
    callBackId: z.uuid(),
    surveyId: z.uuid(),
    responseId: z.uuid(),
    caseId: z.uuid(),
    customerId: z.uuid(),
    questionId: z.string(),
    score: z.number().int(),
    dueOn: z.iso.date().describe('A working day on the business calendar'),
    createdAt: isoDateTime,
  }),
  example: {
    callBackId: '0192f3a0-7c1e-7c3a-9a4e-0000000000e1',
    surveyId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c1',
    responseId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c2',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-000000000001',
    questionId: 'overall',
    score: 2,
    dueOn: '2026-11-25',
    createdAt: '2026-11-24T09:00:00.000Z',
  },
});
export type CallBackCreatedV1Data = z.infer<typeof CallBackCreatedV1.schema>;
