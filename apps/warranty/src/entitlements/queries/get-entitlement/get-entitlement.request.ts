import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDate, isoDateTime } from '@aftersales/contracts-core';

export const getEntitlementQuery = z.strictObject({
  serial: z.string().trim().min(1).max(100).describe('Serial number of the unit'),
  at: z
    .union([isoDateTime, isoDate])
    .optional()
    .describe('Decide for this instant, or for this calendar day in the warranty time zone (default: now)'),
  purchaseDate: isoDate.optional().describe('For an unregistered unit: the purchase date the customer reports'),
  productModel: z.string().trim().min(1).max(100).optional().describe('For an unregistered unit: the model the customer reports'),
});
export class GetEntitlementRequest extends createZodDto(getEntitlementQuery) {}
