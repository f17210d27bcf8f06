import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const milestoneSchema = z.strictObject({
  milestone: z.enum(['diagnosed', 'on-site']).describe('diagnosed: the fault is identified (meets the R-SLA-3 diagnosis clock); on-site: the engineer arrived (R-SLA-1 premium)'),
  note: z.string().min(1).max(2000).optional(),
});
export class MilestoneRequest extends createZodDto(milestoneSchema) {}
