import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { rmaType } from './rma.values';

export const RmaRejectedV1 = defineEvent({
  subject: 'aftersales.rma.rma.rejected.v1',
  summary: 'An RMA request was rejected at review, with the reason the customer is told (R-RMA-7).',
  schema: z.object({
    rmaId: z.uuid(),
    rmaNumber: z.string(),
    type: rmaType,
    caseId: z.uuid(),
    reason: z.string(),
    rejectedBy: z.string(),
    rejectedAt: isoDateTime,
  }),
  example: {
    rmaId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    rmaNumber: 'RMA-20261123-000001',
    type: 'return-for-refund',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    reason: 'Bought 21 days ago: past the 7-day return period (R-WA-3)',
    rejectedBy: 'rma-admin-1',
    rejectedAt: '2026-11-23T06:00:00.000Z',
  },
});
export type RmaRejectedV1Data = z.infer<typeof RmaRejectedV1.schema>;
