import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const StockCountedV1 = defineEvent({
  subject: 'aftersales.rma.stock.counted.v1',
  summary: 'A cycle count was recorded in a warehouse; each difference was booked as a count adjustment (R-RMA-5).',
  schema: z.object({
    countId: z.uuid(),
    warehouseCode: z.string(),
    lines: z.array(z.object({ partNumber: z.string(), expected: z.number().int().nonnegative(), counted: z.number().int().nonnegative(), adjustment: z.number().int() })),
    countedBy: z.string(),
    countedAt: isoDateTime,
  }),
  example: {
    countId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c7',
    warehouseCode: 'BR-SH',
    lines: [{ partNumber: 'PSU-500W', expected: 5, counted: 4, adjustment: -1 }],
    countedBy: '0192f3a0-7c1e-7c3a-9a4e-0000000000a9',
    countedAt: '2026-11-23T09:00:00.000Z',
  },
});
export type StockCountedV1Data = z.infer<typeof StockCountedV1.schema>;
