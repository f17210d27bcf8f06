import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ROOT_CAUSES } from '../../domain/complaint.policy';

export const proposeResolutionSchema = z.strictObject({
  actionsTaken: z.string().trim().min(1).max(4000).describe('What was done, or will be, for the complainant'),
  compensation: z
    .strictObject({
      amountMinor: z.number().int().min(0).max(1_000_000_000).default(0).describe('Money, in minor units (fen)'),
      serviceCreditMinor: z.number().int().min(0).max(1_000_000_000).default(0).describe('Service credit, in minor units'),
      currency: z.string().regex(/^[A-Z]{3}$/).default('CNY'),
      goods: z.string().trim().min(1).max(500).nullable().default(null).describe('Goods given'),
    })
    .optional(),
  rootCause: z.enum(ROOT_CAUSES).describe('R-CP-6: what caused the complaint; product quality goes back to the technical center'),
  rootCauseDetail: z.string().trim().min(1).max(4000).optional(),
});
export class ProposeResolutionRequest extends createZodDto(proposeResolutionSchema) {}
