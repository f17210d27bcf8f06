import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const closeRmaSchema = z.strictObject({ reason: z.string().trim().min(1).max(2000).describe('What was done, e.g. "Refund paid"') });
export class CloseRmaRequest extends createZodDto(closeRmaSchema) {}
