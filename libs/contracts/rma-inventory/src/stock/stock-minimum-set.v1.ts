import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const StockMinimumSetV1 = defineEvent({
  subject: 'aftersales.rma.stock.minimum-set.v1',
  summary: 'The minimum level of a part in a warehouse was set; below it the part is short (R-RMA-5).',
  schema: z.object({ warehouseCode: z.string(), partNumber: z.string(), minimum: z.number().int().nonnegative(), setBy: z.string(), setAt: isoDateTime }),
  example: { warehouseCode: 'BR-SH', partNumber: 'PSU-500W', minimum: 3, setBy: '0192f3a0-7c1e-7c3a-9a4e-0000000000a9', setAt: '2026-11-23T01:00:00.000Z' },
});
export type StockMinimumSetV1Data = z.infer<typeof StockMinimumSetV1.schema>;
