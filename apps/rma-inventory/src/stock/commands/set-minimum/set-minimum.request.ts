import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const setMinimumSchema = z.strictObject({
  minimum: z.number().int().min(0).max(1_000_000).describe('Below this many available the part is short here; 0: no minimum'),
});
export class SetMinimumRequest extends createZodDto(setMinimumSchema) {}
