import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const StockLoanReturnedV1 = defineEvent({
  subject: 'aftersales.rma.stock.loan-returned.v1',
  summary: 'A unit lent on a visit came back into a warehouse (R-DS-5).',
  schema: z.object({
    loanId: z.uuid(),
    warehouseCode: z.string().describe('Where it came back to (not necessarily where it was lent from)'),
    partNumber: z.string(),
    quantity: z.number().int().positive(),
    serialNumber: z.string().nullable(),
    reference: z.string(),
    onHandAfter: z.number().int().nonnegative(),
    receivedBy: z.string(),
    returnedAt: isoDateTime,
  }),
  example: {
    loanId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c5',
    warehouseCode: 'VAN-E1',
    partNumber: 'STANDBY-PX2000',
    quantity: 1,
    serialNumber: 'SB-000009',
    reference: 'WO-20261123-000001',
    onHandAfter: 1,
    receivedBy: '0192f3a0-7c1e-7c3a-9a4e-0000000000e1',
    returnedAt: '2026-11-27T06:00:00.000Z',
  },
});
export type StockLoanReturnedV1Data = z.infer<typeof StockLoanReturnedV1.schema>;
