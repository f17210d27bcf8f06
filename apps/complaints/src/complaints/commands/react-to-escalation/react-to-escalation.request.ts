import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const reactToEscalationSchema = z.strictObject({
  level: z.number().int().min(1).max(2).describe('The level reacting: 1 the officer\'s manager, 2 management'),
  note: z.string().trim().min(1).max(2000).describe('What the level does about it'),
});
export class ReactToEscalationRequest extends createZodDto(reactToEscalationSchema) {}
