import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { diagnosedCause } from '@aftersales/contracts-dispatch';
import { text } from '../visit.schemas';

export const recordDiagnosisSchema = z.strictObject({
  diagnosis: text(10_000),
  faultCode: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, dot, dash and underscore, up to 64').optional().describe('e.g. PSU-FAIL'),
  cause: diagnosedCause.optional().describe('R-WA-2: human or accidental damage, unauthorised modification or repair, or misuse make it paid service'),
  defectiveOnArrival: z.boolean().default(false).describe('R-WA-3: dead on arrival'),
});
export class RecordDiagnosisRequest extends createZodDto(recordDiagnosisSchema) {}
