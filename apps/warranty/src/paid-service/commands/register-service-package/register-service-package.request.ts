import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDate } from '@aftersales/contracts-core';
import { amountMinor, currency } from '../../paid-service.view';

export const registerServicePackageSchema = z
  .strictObject({
    packageNumber: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, 'letters, digits, dot, dash, slash and underscore, up to 64'),
    serialNumber: z.string().trim().min(1).max(100),
    labourMinutes: z.number().int().min(0).max(100_000).describe('Labour included, in minutes'),
    travel: z.boolean().describe('Travel for on-site visits included'),
    partsAllowance: z.strictObject({ amountMinor, currency }),
    validFrom: isoDate,
    validTo: isoDate,
  })
  .refine((p) => p.validTo >= p.validFrom, { path: ['validTo'], message: 'must not be before validFrom' });
export class RegisterServicePackageRequest extends createZodDto(registerServicePackageSchema) {}
