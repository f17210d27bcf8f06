import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { workDone } from '../../paid-service.view';

export const submitClaimSchema = z.strictObject({
  decisionId: z.uuid().describe("The case's entitlement decision: it must be free service"),
  priceListCode: z.string().trim().min(1).max(64).describe('The price list the claim is valued on'),
  ...workDone,
});
export class SubmitClaimRequest extends createZodDto(submitClaimSchema) {}
