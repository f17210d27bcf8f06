import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { code } from '../../../http/codes';

export const putPartSchema = z.strictObject({
  description: z.string().trim().min(1).max(500),
  fitsModels: z.array(z.string().trim().min(1).max(100)).max(200).default([]).describe('Product models the part fits'),
  substitutes: z
    .array(code)
    .max(20)
    .default([])
    .refine((s) => new Set(s).size === s.length, 'a substitute is listed once')
    .describe('Part numbers that are "equivalent or better", best first (rank 1 first)'),
  serialised: z.boolean().default(false).describe('Tracked unit by unit, by serial number'),
  unitCost: z.strictObject({ amountMinor: z.number().int().min(0).max(1_000_000_000_000), currency: z.string().regex(/^[A-Z]{3}$/).default('CNY') }),
  critical: z.boolean().default(false).describe('A critical spare: may be held per service contract'),
  active: z.boolean().default(true),
});
export class PutPartRequest extends createZodDto(putPartSchema) {}
