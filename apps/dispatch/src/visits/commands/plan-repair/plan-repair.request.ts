import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { partLines, text } from '../visit.schemas';

export const planRepairSchema = z.strictObject({
  steps: z.array(text(1000)).min(1).max(50),
  materials: partLines.describe('Parts the plan needs'),
  manpower: z.number().int().min(1).max(50).describe('Engineers needed'),
  estimatedHours: z.number().positive().max(1000),
});
export class PlanRepairRequest extends createZodDto(planRepairSchema) {}
