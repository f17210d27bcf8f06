import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { code, reference, serialNumber } from '../../../http/codes';

export const stockLine = z.strictObject({
  partNumber: code,
  quantity: z.number().int().min(1).max(100_000),
  serialNumbers: z.array(serialNumber).max(1000).optional().describe('One per unit, for a serialised part'),
});

const distinctParts = (lines: { partNumber: string }[]) => new Set(lines.map((l) => l.partNumber)).size === lines.length;

export const stockLines = z.array(stockLine).min(1).max(200).refine(distinctParts, 'each part once');

export const receiveStockSchema = z.strictObject({
  warehouseCode: code,
  supplierReference: reference.optional().describe("The supplier's delivery note or purchase order"),
  note: z.string().trim().max(1000).optional(),
  lines: stockLines,
});
export class ReceiveStockRequest extends createZodDto(receiveStockSchema) {}
