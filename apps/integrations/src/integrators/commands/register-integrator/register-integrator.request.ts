import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const registerIntegratorSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('Who it is, e.g. "ERP (SAP S/4HANA)"'),
  subjects: z
    .array(z.string().min(1).max(200))
    .min(1)
    .max(50)
    .describe('R-IG-3: NATS subject patterns it may read, e.g. aftersales.intake.case.> (wildcards * and >)'),
});
export class RegisterIntegratorRequest extends createZodDto(registerIntegratorSchema) {}
