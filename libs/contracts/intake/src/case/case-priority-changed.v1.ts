import { z } from 'zod';
import { defineEvent, isoDateTime, priorityLevel } from '@aftersales/contracts-core';

export const CasePriorityChangedV1 = defineEvent({
  subject: 'aftersales.intake.case.priority-changed.v1',
  summary: 'The priority of a case changed (R-IN-5), with the reason; its SLA deadlines are recomputed under the new targets.',
  schema: z.object({
    caseId: z.uuid(),
    caseNumber: z.string(),
    from: priorityLevel,
    to: priorityLevel,
    reason: z.string(),
    changedBy: z.string().describe('user:<subject>'),
    changedAt: isoDateTime,
  }),
  example: {
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    caseNumber: 'CS-20261123-000001',
    from: 'P3',
    to: 'P1',
    reason: 'The whole production line is down',
    changedBy: 'user:agent-zhang',
    changedAt: '2026-11-23T09:05:00.000Z',
  },
});
export type CasePriorityChangedV1Data = z.infer<typeof CasePriorityChangedV1.schema>;
