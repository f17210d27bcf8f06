import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';

export const contactCustomerSchema = z.strictObject({
  channel: z.enum(['phone', 'sms', 'email', 'chat', 'remote', 'on-site']),
  contactedAt: isoDateTime.optional().describe('Defaults to now; never in the future nor before the assignment'),
  note: z.string().trim().max(2000).optional(),
});
export class ContactCustomerRequest extends createZodDto(contactCustomerSchema) {}
