import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const cancelRmaSchema = z.strictObject({ reason: z.string().trim().min(1).max(2000) });
export class CancelRmaRequest extends createZodDto(cancelRmaSchema) {}
