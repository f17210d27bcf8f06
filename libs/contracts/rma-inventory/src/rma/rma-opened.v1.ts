import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { rmaLine, rmaType, shippingPayer } from './rma.values';

export const RmaOpenedV1 = defineEvent({
  subject: 'aftersales.rma.rma.opened.v1',
  summary: "An RMA was opened from a warranty decision or by an agent, with its lines, the case, who pays shipping and the 24-hour review deadline (R-RMA-1, R-RMA-7, R-RMA-8).",
  schema: z.object({
    rmaId: z.uuid(),
    rmaNumber: z.string(),
    type: rmaType,
    caseId: z.uuid(),
    decisionId: z.uuid().nullable().describe('The warranty decision the RMA rests on, when warranty opened it'),
    serialNumber: z.string(),
    productModel: z.string().nullable(),
    customerId: z.uuid().nullable(),
    lines: z.array(rmaLine),
    shipping: shippingPayer,
    openedBy: z.string().describe('`warranty` or the agent who opened it'),
    reviewDueAt: isoDateTime,
    openedAt: isoDateTime,
  }),
  example: {
    rmaId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    rmaNumber: 'RMA-20261123-000001',
    type: 'advance-replacement',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    decisionId: '0192f3a0-7c1e-7c3a-9a4e-0000000000d1',
    serialNumber: 'SN-PX2000-0001',
    productModel: 'PX-2000',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c9',
    lines: [{ lineNo: 1, kind: 'unit', serialNumber: 'SN-PX2000-0001', partNumber: 'PX-2000-UNIT', quantity: 1, reasonCode: 'hardware-fault' }],
    shipping: { payer: 'company', rule: 'R-RMA-8: quality problem: the company pays all shipping' },
    openedBy: 'warranty',
    reviewDueAt: '2026-11-24T08:15:02.000Z',
    openedAt: '2026-11-23T08:15:02.000Z',
  },
});
export type RmaOpenedV1Data = z.infer<typeof RmaOpenedV1.schema>;
