import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const approveRmaSchema = z.strictObject({
  reason: z.string().trim().min(1).max(2000).describe('Why it is approved, e.g. "Hardware fault confirmed by remote diagnosis" (R-RMA-2)'),
  partNumber: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/)
    .optional()
    .describe('The spare to ship for an advance replacement or DOA exchange; default: the part of its first line'),
});
export class ApproveRmaRequest extends createZodDto(approveRmaSchema) {}
