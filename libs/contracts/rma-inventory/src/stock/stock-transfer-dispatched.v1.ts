import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const StockTransferDispatchedV1 = defineEvent({
  subject: 'aftersales.rma.stock.transfer-dispatched.v1',
  summary: 'Stock left one warehouse for another and is in transit until received (R-RMA-5).',
  schema: z.object({
    transferId: z.uuid(),
    fromWarehouse: z.string(),
    toWarehouse: z.string(),
    lines: z.array(z.object({ partNumber: z.string(), quantity: z.number().int().positive(), serialNumbers: z.array(z.string()) })),
    dispatchedBy: z.string(),
    dispatchedAt: isoDateTime,
  }),
  example: {
    transferId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    fromWarehouse: 'CENTRAL',
    toWarehouse: 'BR-SH',
    lines: [{ partNumber: 'PSU-500W', quantity: 3, serialNumbers: [] }],
    dispatchedBy: '0192f3a0-7c1e-7c3a-9a4e-0000000000a9',
    dispatchedAt: '2026-11-23T02:00:00.000Z',
  },
});
export type StockTransferDispatchedV1Data = z.infer<typeof StockTransferDispatchedV1.schema>;
