import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';
import { faultCause } from '@aftersales/contracts-warranty';

export const addEvidenceSchema = z
  .strictObject({
    diagnosis: z
      .strictObject({
        faultCode: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, dot, dash and underscore, up to 64').describe('The diagnosed fault, e.g. PSU-FAIL'),
        cause: faultCause.describe('R-WA-2: damage, modification, unauthorised repair or misuse make it paid service'),
        defectiveOnArrival: z.boolean().default(false).describe('R-WA-3: DOA units are returned or exchanged unconditionally'),
        diagnosedAt: isoDateTime,
        engineerId: z.uuid().optional(),
        workOrderId: z.uuid().optional(),
      })
      .optional(),
    returnRequest: z
      .strictObject({
        reason: z.enum(['quality-problem', 'mismatch', 'other']).nullable().describe('R-WA-3: a quality problem or a mismatch with the description qualifies'),
        complete: z.boolean().nullable().describe('Complete, undamaged, with original packaging and accessories'),
      })
      .optional()
      .describe('The customer asks to return or exchange the unit, with the inspection result'),
  })
  .refine((e) => e.diagnosis || e.returnRequest, { message: 'give a diagnosis, a returnRequest or both' });
export class AddEvidenceRequest extends createZodDto(addEvidenceSchema) {}
