import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const closeCaseSchema = z.strictObject({
  confirmation: z.literal('customer-confirmed').describe('The customer confirmed the resolution (R-IN-7)'),
  version: z.number().int().min(1).optional().describe('The version of the case you last read: a case changed since then is a 409'),
});
export class CloseCaseRequest extends createZodDto(closeCaseSchema) {}
