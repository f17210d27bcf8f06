import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { code } from '../../../http/codes';

export const shortagesQuery = z.strictObject({
  warehouse: code.optional(),
  partNumber: code.optional(),
  critical: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,49}\/[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/, 'WAREHOUSE/PART')
    .optional()
    .describe('nextCursor of the previous page'),
});
export class ShortagesRequest extends createZodDto(shortagesQuery) {}
