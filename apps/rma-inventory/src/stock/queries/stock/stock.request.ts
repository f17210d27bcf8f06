import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageQuery } from '@aftersales/platform-service-defaults';

export const stockQuery = z.strictObject({
  warehouse: z.string().max(50).optional(),
  partNumber: z.string().max(100).optional(),
});
export class StockRequest extends createZodDto(stockQuery) {}

export const ledgerQuery = z.strictObject({
  workOrderId: z.uuid().optional(),
  warehouse: z.string().max(50).optional(),
  partNumber: z.string().max(100).optional(),
  ...pageQuery,
});
export class LedgerRequest extends createZodDto(ledgerQuery) {}
