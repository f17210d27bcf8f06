import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const StockLentV1 = defineEvent({
  subject: 'aftersales.rma.stock.lent.v1',
  summary: 'A unit was issued on loan (a standby unit left with the customer on a visit, R-DS-5) and is expected back.',
  schema: z.object({
    loanId: z.uuid(),
    warehouseCode: z.string(),
    partNumber: z.string(),
    quantity: z.number().int().positive(),
    serialNumber: z.string().nullable(),
    reference: z.string(),
    onHandAfter: z.number().int().nonnegative(),
    lentBy: z.string(),
    lentAt: isoDateTime,
  }),
  example: {
    loanId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c5',
    warehouseCode: 'VAN-E1',
    partNumber: 'STANDBY-PX2000',
    quantity: 1,
    serialNumber: 'SB-000009',
    reference: 'WO-20261123-000001',
    onHandAfter: 0,
    lentBy: '0192f3a0-7c1e-7c3a-9a4e-0000000000e1',
    lentAt: '2026-11-23T06:00:00.000Z',
  },
});
export type StockLentV1Data = z.infer<typeof StockLentV1.schema>;
