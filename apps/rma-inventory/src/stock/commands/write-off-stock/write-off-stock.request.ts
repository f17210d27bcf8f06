import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { code, serialNumber } from '../../../http/codes';

export const writeOffStockSchema = z.strictObject({
  warehouseCode: code,
  partNumber: code,
  quantity: z.number().int().min(1).max(100_000),
  serialNumbers: z.array(serialNumber).max(1000).optional().describe('One per unit, for a serialised part: in stock or faulty at this warehouse'),
  reason: z.enum(['scrap', 'supplier-return']),
  note: z.string().trim().min(1).max(1000).describe('Why'),
});
export class WriteOffStockRequest extends createZodDto(writeOffStockSchema) {}
