import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const ClaimDecidedV1 = defineEvent({
  subject: 'aftersales.warranty.claim.decided.v1',
  summary: 'A warranty claim for a free repair was approved, or rejected with its reason; an ERP books the reimbursement from it (R-DS-7).',
  schema: z.object({
    claimId: z.uuid(),
    decisionId: z.uuid().describe('The entitlement decision the repair was free under'),
    caseId: z.uuid(),
    serialNumber: z.string(),
    status: z.enum(['approved', 'rejected']),
    reason: z.string().nullable().describe('Why, always given for a rejection'),
    amountMinor: z.number().int().nonnegative().describe('The claim valued on its price list, integer minor units'),
    currency: z.string().describe('ISO 4217, e.g. CNY'),
    priceListCode: z.string(),
    decidedAt: isoDateTime,
  }),
  example: {
    claimId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    decisionId: '0192f3a0-7c1e-7c3a-9a4e-0000000000d1',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    serialNumber: 'SN-PX2000-0001',
    status: 'rejected',
    reason: 'faulty part not returned within 10 working days (R-RMA-3)',
    amountMinor: 84000,
    currency: 'CNY',
    priceListCode: 'CN-2026',
    decidedAt: '2026-11-30T09:00:00.000Z',
  },
});
export type ClaimDecidedV1Data = z.infer<typeof ClaimDecidedV1.schema>;
