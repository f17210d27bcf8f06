import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const decideCompensationSchema = z.strictObject({
  approved: z.boolean(),
  note: z.string().trim().min(1).max(1000).optional(),
});
export class DecideCompensationRequest extends createZodDto(decideCompensationSchema) {}
