import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const StockWrittenOffV1 = defineEvent({
  subject: 'aftersales.rma.stock.written-off.v1',
  summary: 'Stock left the books without going to a customer: scrapped, or returned to its supplier (R-RMA-5).',
  schema: z.object({
    writeOffId: z.uuid(),
    reason: z.enum(['scrap', 'supplier-return']),
    warehouseCode: z.string(),
    partNumber: z.string(),
    quantity: z.number().int().positive(),
    serialNumbers: z.array(z.string()),
    note: z.string(),
    onHandAfter: z.number().int().nonnegative(),
    writtenOffBy: z.string(),
    writtenOffAt: isoDateTime,
  }),
  example: {
    writeOffId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c4',
    reason: 'scrap',
    warehouseCode: 'DEPOT',
    partNumber: 'PSU-500W',
    quantity: 1,
    serialNumbers: ['PSU500-000077'],
    note: 'Burnt transformer, beyond repair',
    onHandAfter: 0,
    writtenOffBy: '0192f3a0-7c1e-7c3a-9a4e-0000000000a8',
    writtenOffAt: '2026-12-02T03:00:00.000Z',
  },
});
export type StockWrittenOffV1Data = z.infer<typeof StockWrittenOffV1.schema>;
