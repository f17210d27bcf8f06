import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const assignWorkOrderSchema = z.strictObject({
  engineerId: z.uuid(),
  note: z.string().trim().min(1).max(1000).optional(),
});
export class AssignWorkOrderRequest extends createZodDto(assignWorkOrderSchema) {}
