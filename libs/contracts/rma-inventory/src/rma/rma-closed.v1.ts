import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { rmaStatus, rmaType } from './rma.values';

export const RmaClosedV1 = defineEvent({
  subject: 'aftersales.rma.rma.closed.v1',
  summary: 'An RMA ended: closed when carried out (refund paid, exchange shipped, unit inspected) or cancelled, with the reason (R-RMA-1, R-RMA-7).',
  schema: z.object({
    rmaId: z.uuid(),
    rmaNumber: z.string(),
    type: rmaType,
    caseId: z.uuid(),
    status: rmaStatus.describe('`closed` or `cancelled`'),
    reason: z.string(),
    processedOnTime: z.boolean().nullable().describe('R-RMA-7: a purchase return processed within 5 working days of approval'),
    closedBy: z.string(),
    closedAt: isoDateTime,
  }),
  example: {
    rmaId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    rmaNumber: 'RMA-20261123-000001',
    type: 'return-for-refund',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    status: 'closed',
    reason: 'Refund paid',
    processedOnTime: true,
    closedBy: 'rma-admin-1',
    closedAt: '2026-11-26T06:00:00.000Z',
  },
});
export type RmaClosedV1Data = z.infer<typeof RmaClosedV1.schema>;
