import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const StockShortageClearedV1 = defineEvent({
  subject: 'aftersales.rma.stock.shortage-cleared.v1',
  summary: 'A part short in a warehouse is back at or above its minimum level (R-RMA-5).',
  schema: z.object({
    warehouseCode: z.string(),
    partNumber: z.string(),
    available: z.number().int().nonnegative(),
    minimum: z.number().int().nonnegative(),
    clearedAt: isoDateTime,
  }),
  example: { warehouseCode: 'BR-SH', partNumber: 'PSU-500W', available: 5, minimum: 3, clearedAt: '2026-11-24T03:00:00.000Z' },
});
export type StockShortageClearedV1Data = z.infer<typeof StockShortageClearedV1.schema>;
