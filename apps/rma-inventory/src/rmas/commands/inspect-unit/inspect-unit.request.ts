import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { inspectionResult } from '@aftersales/contracts-rma-inventory';

export const inspectUnitSchema = z.strictObject({
  result: inspectionResult,
  faultCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/)
    .nullable()
    .default(null)
    .describe('The fault found, e.g. PSU-FAIL'),
  notes: z.string().trim().max(4000).default(''),
});
export class InspectUnitRequest extends createZodDto(inspectUnitSchema) {}
