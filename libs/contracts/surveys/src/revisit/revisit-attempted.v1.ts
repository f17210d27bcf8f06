import { z } from 'zod';
import { defineEvent, isoDate, isoDateTime } from '@aftersales/contracts-core';

export const RevisitAttemptedV1 = defineEvent({
  subject: 'aftersales.surveys.revisit.attempted.v1',
  summary: 'A revisit (回访) did not reach the customer (R-SV-2): it is retried on a later working day as its plan says, or given up.',
  schema: z.object({
    revisitId: z.uuid(),
    attempt: z.number().int().min(1),
    retryOn: isoDate.nullable().describe('The next attempt’s working day; null: the plan’s attempts are used up'),
    status: z.enum(['scheduled', 'unreachable']),
    attemptedBy: z.string(),
    attemptedAt: isoDateTime,
  }),
  example: {
    revisitId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    attempt: 1,
    retryOn: '2026-12-01',
    status: 'scheduled',
    attemptedBy: 'user:agent-wang',
    attemptedAt: '2026-11-30T10:00:00.000Z',
  },
});
export type RevisitAttemptedV1Data = z.infer<typeof RevisitAttemptedV1.schema>;
