import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const completeCallBackSchema = z.strictObject({
  reached: z.boolean(),
  notes: z.string().trim().max(4000).optional(),
});
export class CompleteCallBackRequest extends createZodDto(completeCallBackSchema) {}
