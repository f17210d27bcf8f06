import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { code, codePageQuery } from '../../../http/codes';
import { WAREHOUSE_KINDS } from '../../domain/stock.types';

export const partsQuery = z.strictObject({
  fitsModel: z.string().trim().min(1).max(100).optional().describe('Only parts that fit this product model'),
  critical: z.enum(['true', 'false']).optional(),
  ...codePageQuery,
});
export class PartsRequest extends createZodDto(partsQuery) {}

export const warehousesQuery = z.strictObject({
  kind: z.enum(WAREHOUSE_KINDS).optional(),
  region: code.optional(),
  ...codePageQuery,
});
export class WarehousesRequest extends createZodDto(warehousesQuery) {}
