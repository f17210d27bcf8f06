import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** The transitions that need nothing but a reason; proposing, offering and the customer's answer have their own operations. */
export const PLAIN_TRANSITIONS = ['acknowledged', 'investigating', 'closed', 'reopened'] as const;

export const changeStatusSchema = z
  .strictObject({
    to: z.enum(PLAIN_TRANSITIONS),
    reason: z.string().trim().min(1).max(1000).optional().describe('Why; required to reopen'),
  })
  .refine((r) => r.to !== 'reopened' || r.reason !== undefined, { message: 'Reopening a complaint says why', path: ['reason'] });
export class ChangeStatusRequest extends createZodDto(changeStatusSchema) {}
