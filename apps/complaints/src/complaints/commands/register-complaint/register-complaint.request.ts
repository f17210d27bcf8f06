import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { MANUAL_COMPLAINT_SOURCES, SUMMARY_MAX_LENGTH } from '../../domain/complaint.policy';

export const registerComplaintSchema = z.strictObject({
  customerId: z.uuid(),
  caseIds: z.array(z.uuid()).max(50).default([]).describe('The cases it concerns (R-CP-3), if any'),
  source: z.enum(MANUAL_COMPLAINT_SOURCES).describe('R-CP-1: the channel it came in by'),
  summary: z.string().trim().min(1).max(SUMMARY_MAX_LENGTH).describe('What the customer complains about, in their words'),
});
export class RegisterComplaintRequest extends createZodDto(registerComplaintSchema) {}
