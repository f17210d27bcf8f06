import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const escalateWorkOrderSchema = z.strictObject({
  reason: z.string().trim().min(1).max(2000).describe('Why an expert is needed'),
});
export class EscalateWorkOrderRequest extends createZodDto(escalateWorkOrderSchema) {}
