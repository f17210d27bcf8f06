import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const StockTransferReceivedV1 = defineEvent({
  subject: 'aftersales.rma.stock.transfer-received.v1',
  summary: 'A transfer in transit arrived and its stock is on hand at the receiving warehouse (R-RMA-5).',
  schema: z.object({
    transferId: z.uuid(),
    fromWarehouse: z.string(),
    toWarehouse: z.string(),
    lines: z.array(z.object({ partNumber: z.string(), quantity: z.number().int().positive(), serialNumbers: z.array(z.string()), onHandAfter: z.number().int().nonnegative() })),
    receivedBy: z.string(),
    receivedAt: isoDateTime,
  }),
  example: {
    transferId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    fromWarehouse: 'CENTRAL',
    toWarehouse: 'BR-SH',
    lines: [{ partNumber: 'PSU-500W', quantity: 3, serialNumbers: [], onHandAfter: 3 }],
    receivedBy: '0192f3a0-7c1e-7c3a-9a4e-0000000000a8',
    receivedAt: '2026-11-24T03:00:00.000Z',
  },
});
export type StockTransferReceivedV1Data = z.infer<typeof StockTransferReceivedV1.schema>;
