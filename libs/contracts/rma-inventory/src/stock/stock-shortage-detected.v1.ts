import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const StockShortageDetectedV1 = defineEvent({
  subject: 'aftersales.rma.stock.shortage-detected.v1',
  summary: 'A part\'s available stock in a warehouse fell below its minimum level; reported once per crossing (R-RMA-5).',
  schema: z.object({
    warehouseCode: z.string(),
    partNumber: z.string(),
    critical: z.boolean(),
    onHand: z.number().int().nonnegative(),
    reserved: z.number().int().nonnegative(),
    available: z.number().int().nonnegative(),
    minimum: z.number().int().positive(),
    shortfall: z.number().int().positive().describe('How many to bring it back to the minimum'),
    detectedAt: isoDateTime,
  }),
  example: {
    warehouseCode: 'BR-SH',
    partNumber: 'PSU-500W',
    critical: true,
    onHand: 2,
    reserved: 1,
    available: 1,
    minimum: 3,
    shortfall: 2,
    detectedAt: '2026-11-23T05:59:00.000Z',
  },
});
export type StockShortageDetectedV1Data = z.infer<typeof StockShortageDetectedV1.schema>;
