import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { amountMinor, currency, partNumber } from '../../paid-service.view';

export const registerPriceListSchema = z.strictObject({
  code: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, dot, dash and underscore, up to 64'),
  currency,
  labourRatePerHourMinor: amountMinor.describe('Labour per hour, minor units'),
  travelFeeMinor: amountMinor.describe('Charged once per on-site visit; 0 for none'),
  parts: z
    .array(z.strictObject({ partNumber, unitPriceMinor: amountMinor }))
    .max(10_000)
    .refine((ps) => new Set(ps.map((p) => p.partNumber)).size === ps.length, 'each part number once'),
});
export class RegisterPriceListRequest extends createZodDto(registerPriceListSchema) {}
