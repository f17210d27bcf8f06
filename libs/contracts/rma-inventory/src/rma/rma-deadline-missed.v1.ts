import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { rmaClock, rmaType } from './rma.values';

export const RmaDeadlineMissedV1 = defineEvent({
  subject: 'aftersales.rma.rma.deadline-missed.v1',
  summary:
    'An RMA deadline passed unmet; a missed review is escalated to the RMA manager (R-RMA-2, R-RMA-4, R-RMA-7).',
  schema: z.object({
    rmaId: z.uuid(),
    rmaNumber: z.string(),
    type: rmaType,
    caseId: z.uuid(),
    clock: rmaClock,
    dueAt: isoDateTime,
    escalatedTo: z.string().nullable().describe('Who now owns the RMA: `rma-manager` for a review not done in 24 hours'),
    missedAt: isoDateTime,
  }),
  example: {
    rmaId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    rmaNumber: 'RMA-20261123-000001',
    type: 'return-for-exchange',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    clock: 'review',
    dueAt: '2026-11-24T08:15:02.000Z',
    escalatedTo: 'rma-manager',
    missedAt: '2026-11-24T08:15:02.000Z',
  },
});
export type RmaDeadlineMissedV1Data = z.infer<typeof RmaDeadlineMissedV1.schema>;
