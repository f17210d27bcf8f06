import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const closeCaseSchema = z.strictObject({
  confirmation: z.literal('customer-confirmed').describe('The customer confirmed the resolution (R-IN-7)'),
});
export class CloseCaseRequest extends createZodDto(closeCaseSchema) {}
