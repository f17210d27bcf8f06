import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { code } from '../../../http/codes';

export const recordCountSchema = z.strictObject({
  warehouseCode: code,
  lines: z
    .array(z.strictObject({ partNumber: code, counted: z.number().int().min(0).max(1_000_000) }))
    .min(1)
    .max(500)
    .refine((lines) => new Set(lines.map((l) => l.partNumber)).size === lines.length, 'each part once'),
  note: z.string().trim().max(1000).optional(),
});
export class RecordCountRequest extends createZodDto(recordCountSchema) {}
