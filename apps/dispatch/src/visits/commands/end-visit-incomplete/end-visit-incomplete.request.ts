import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';
import { text } from '../visit.schemas';

export const endVisitIncompleteSchema = z.strictObject({
  reasonCode: z.enum(['awaiting-parts', 'needs-expert', 'customer-unavailable', 'out-of-time', 'other']),
  reason: text(2000),
  nextVisitAt: isoDateTime.describe('The next visit agreed with the customer'),
  standbyUnit: z.strictObject({ serialNumber: text(100), productModel: text(100) }).nullable().default(null).describe('R-DS-5: a standby unit lent to the customer'),
});
export class EndVisitIncompleteRequest extends createZodDto(endVisitIncompleteSchema) {}
