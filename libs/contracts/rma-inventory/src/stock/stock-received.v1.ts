import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const StockReceivedV1 = defineEvent({
  subject: 'aftersales.rma.stock.received.v1',
  summary: 'Spare parts were received into a warehouse from a supplier or the factory (R-RMA-5).',
  schema: z.object({
    receiptId: z.uuid(),
    warehouseCode: z.string(),
    supplierReference: z.string().nullable(),
    lines: z.array(z.object({ partNumber: z.string(), quantity: z.number().int().positive(), serialNumbers: z.array(z.string()), onHandAfter: z.number().int().nonnegative() })),
    receivedBy: z.string(),
    receivedAt: isoDateTime,
  }),
  example: {
    receiptId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c1',
    warehouseCode: 'CENTRAL',
    supplierReference: 'PO-2026-0042',
    lines: [{ partNumber: 'PSU-500W', quantity: 10, serialNumbers: [], onHandAfter: 12 }],
    receivedBy: '0192f3a0-7c1e-7c3a-9a4e-0000000000a9',
    receivedAt: '2026-11-23T02:00:00.000Z',
  },
});
export type StockReceivedV1Data = z.infer<typeof StockReceivedV1.schema>;
