import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const reactionSchema = z.strictObject({
  note: z.string().min(1).max(2000).optional().describe('What the manager did about it'),
});
export class EscalationReactionRequest extends createZodDto(reactionSchema) {}
