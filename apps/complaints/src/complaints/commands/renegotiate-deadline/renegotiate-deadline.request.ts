import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';

export const renegotiateDeadlineSchema = z.strictObject({
  dueAt: isoDateTime.describe('The new committed handling deadline, as agreed with the complainant'),
  reason: z.string().trim().min(1).max(1000).describe('Why the deadline moves'),
});
export class RenegotiateDeadlineRequest extends createZodDto(renegotiateDeadlineSchema) {}
