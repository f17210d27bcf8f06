import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const StockReturnedV1 = defineEvent({
  subject: 'aftersales.rma.stock.returned.v1',
  summary: 'A part came back from a customer into a warehouse: good back into stock, faulty held apart from it (R-RMA-3, R-RMA-5).',
  schema: z.object({
    returnId: z.uuid(),
    warehouseCode: z.string(),
    partNumber: z.string(),
    quantity: z.number().int().positive(),
    serialNumber: z.string().nullable(),
    condition: z.enum(['good', 'faulty']),
    reference: z.string(),
    onHandAfter: z.number().int().nonnegative(),
    receivedBy: z.string(),
    returnedAt: isoDateTime,
  }),
  example: {
    returnId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c3',
    warehouseCode: 'DEPOT',
    partNumber: 'PSU-500W',
    quantity: 1,
    serialNumber: 'PSU500-000077',
    condition: 'faulty',
    reference: 'RMA-20261123-000001',
    onHandAfter: 0,
    receivedBy: '0192f3a0-7c1e-7c3a-9a4e-0000000000a8',
    returnedAt: '2026-12-01T03:00:00.000Z',
  },
});
export type StockReturnedV1Data = z.infer<typeof StockReturnedV1.schema>;
