import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { coverageSchema, replacementWarranty, startBasis } from '../../installed-base.view';

export const registerProductModelSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, dot, dash and underscore, up to 64')
    .describe('The model code printed on the unit, e.g. PX-2000'),
  name: z.string().trim().min(1).max(200),
  warrantyMonths: z.number().int().min(0).max(240).describe('R-WA-1: the warranty period'),
  startBasis: startBasis.describe('R-WA-1: the warranty runs from purchase, delivery or final acceptance'),
  coverage: coverageSchema,
  replacementWarranty: replacementWarranty.default('remaining').describe("A unit of this model that replaces a faulty one keeps that unit's remaining warranty, or starts a new one"),
  slaPlanCode: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'an SLA plan code of intake, e.g. emergency-7x24')
    .optional()
    .describe('R-SLA-5: the SLA plan cases in the product warranty run on (emergency-7x24 for a 7x24 hardware warranty); default standard'),
});
export class RegisterProductModelRequest extends createZodDto(registerProductModelSchema) {}
