import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const CallBackCompletedV1 = defineEvent({
  subject: 'aftersales.surveys.call-back.completed.v1',
  summary: 'The survey team called the customer back about a low score (R-SV-3) and recorded what was said.',
  schema: z.object({
    callBackId: z.uuid(),
    surveyId: z.uuid(),
    caseId: z.uuid(),
    reached: z.boolean(),
    notes: z.string().nullable(),
    completedBy: z.string().describe('user:<subject>'),
    completedAt: isoDateTime,
  }),
  example: {
    callBackId: '0192f3a0-7c1e-7c3a-9a4e-0000000000e1',
    surveyId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c1',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    reached: true,
    notes: 'Customer satisfied after the explanation of the delay',
    completedBy: 'user:agent-wang',
    completedAt: '2026-11-25T10:00:00.000Z',
  },
});
export type CallBackCompletedV1Data = z.infer<typeof CallBackCompletedV1.schema>;
