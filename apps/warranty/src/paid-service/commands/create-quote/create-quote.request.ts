import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { workDone } from '../../paid-service.view';

export const createQuoteSchema = z.strictObject({
  decisionId: z.uuid().describe("The case's entitlement decision: it must be paid service (R-WA-2, R-DS-7)"),
  priceListCode: z.string().trim().min(1).max(64),
  packageNumber: z.string().trim().min(1).max(64).optional().describe("A service package bought for the unit, deducted from the fee"),
  ...workDone,
});
export class CreateQuoteRequest extends createZodDto(createQuoteSchema) {}
