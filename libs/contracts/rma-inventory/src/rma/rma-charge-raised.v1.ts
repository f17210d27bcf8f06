import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { returnClockFields } from './rma.values';

export const RmaChargeRaisedV1 = defineEvent({
  subject: 'aftersales.rma.rma.charge-raised.v1',
  summary: 'The faulty or lent unit never came back after the last chaser: the customer is charged for the unit kept, for billing (R-RMA-3).',
  schema: z.object({
    ...returnClockFields,
    partNumber: z.string().nullable().describe('What is charged: the part or unit shipped in its place'),
    amountMinor: z.number().int().nonnegative().nullable().describe('The charge in minor units, when the part has a cost; billing prices it otherwise'),
    currency: z.string().nullable(),
    raisedAt: isoDateTime,
  }),
  example: {
    rmaId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    rmaNumber: 'RMA-20261123-000001',
    type: 'advance-replacement',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c9',
    serialNumber: 'SN-PX2000-0001',
    returnDueOn: '2026-12-08',
    partNumber: 'PX-2000-UNIT',
    amountMinor: 480000,
    currency: 'CNY',
    raisedAt: '2026-12-17T01:00:00.000Z',
  },
});
export type RmaChargeRaisedV1Data = z.infer<typeof RmaChargeRaisedV1.schema>;
