import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const recordOutcomeSchema = z.strictObject({
  reached: z.boolean().describe('Whether the customer was reached; not reached: retried as the plan says'),
  findings: z.string().trim().max(4000).optional().describe('What was found or said (reached only)'),
  satisfaction: z.number().int().min(1).max(5).optional().describe('1 (very dissatisfied) to 5 (reached only)'),
  newProblems: z
    .array(z.strictObject({ description: z.string().trim().min(1).max(2000), fault: z.boolean().describe('A fault: intake opens a case for it') }))
    .max(20)
    .optional(),
});
export class RecordOutcomeRequest extends createZodDto(recordOutcomeSchema) {}
