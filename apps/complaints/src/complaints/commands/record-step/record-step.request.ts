import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { PROCEDURE_STEPS } from '../../domain/complaint-procedure';

export const recordStepSchema = z.strictObject({
  step: z.enum(PROCEDURE_STEPS).describe('R-CP-2: the next step of the procedure, in its order'),
  note: z.string().trim().max(4000).default('').describe('What was said or agreed; shown to the customer'),
  skippedBecause: z.string().trim().min(1).max(1000).optional().describe('Given when the step was skipped: why'),
});
export class RecordStepRequest extends createZodDto(recordStepSchema) {}
