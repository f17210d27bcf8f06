import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const rejectRmaSchema = z.strictObject({
  reason: z.string().trim().min(1).max(2000).describe('Why it is rejected: the customer is told (R-RMA-7)'),
});
export class RejectRmaRequest extends createZodDto(rejectRmaSchema) {}
