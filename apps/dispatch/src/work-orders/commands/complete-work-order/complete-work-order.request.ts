import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const completeWorkOrderSchema = z.strictObject({
  partsUsed: z
    .array(z.strictObject({ partNumber: z.string().trim().min(1).max(100), quantity: z.number().int().positive().max(1000) }))
    .max(100)
    .describe('Parts replaced with the customer’s consent (R-DS-4)'),
  resolution: z.string().trim().min(1).max(10_000),
  warehouseCode: z.string().trim().min(1).max(50).default('CENTRAL').describe('Where the parts were drawn from'),
});
export class CompleteWorkOrderRequest extends createZodDto(completeWorkOrderSchema) {}
