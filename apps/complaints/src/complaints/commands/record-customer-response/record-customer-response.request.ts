import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const recordCustomerResponseSchema = z.strictObject({
  accepted: z.boolean().describe('The complainant accepts the resolution (resolved) or rejects it (reopened)'),
  note: z.string().trim().min(1).max(2000).optional().describe('In the complainant\'s words; a rejection says why'),
});
export class RecordCustomerResponseRequest extends createZodDto(recordCustomerResponseSchema) {}
