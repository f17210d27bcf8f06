import { z } from 'zod';
import { defineEvent, isoDate, isoDateTime } from '@aftersales/contracts-core';

export const ContractExpiringV1 = defineEvent({
  subject: 'aftersales.warranty.contract.expiring.v1',
  summary:
    'A service contract or extended warranty ends soon (R-WA-6): sent once per contract, a configurable number of days before its last day, so sales (CRM) can offer the renewal and the customer is told.',
  schema: z.object({
    contractId: z.uuid(),
    contractNumber: z.string(),
    serialNumber: z.string(),
    customerId: z.uuid().nullable(),
    tier: z.string().describe('e.g. 5x8, 7x24'),
    slaPlanCode: z.string(),
    endsOn: isoDate.describe('The last day of cover, in the warranty time zone'),
    daysLeft: z.number().int().min(0),
    noticedAt: isoDateTime,
  }),
  example: {
    contractId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e70',
    contractNumber: 'SC-2026-0042',
    serialNumber: 'SN-PX2000-0001',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-000000000001',
    tier: '7x24',
    slaPlanCode: 'premium-7x24',
    endsOn: '2027-12-31',
    daysLeft: 30,
    noticedAt: '2027-12-01T01:00:00.000Z',
  },
});
export type ContractExpiringV1Data = z.infer<typeof ContractExpiringV1.schema>;
