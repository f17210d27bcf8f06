import { z } from 'zod';
import { defineEvent, isoDate, isoDateTime } from '@aftersales/contracts-core';
import { rmaType } from './rma.values';

export const RmaDeliveredV1 = defineEvent({
  subject: 'aftersales.rma.rma.delivered.v1',
  summary:
    'The spare, replacement or repaired unit reached the customer; after an advance replacement or DOA exchange the faulty unit is now due back within 10 working days (R-RMA-3).',
  schema: z.object({
    rmaId: z.uuid(),
    rmaNumber: z.string(),
    type: rmaType,
    caseId: z.uuid(),
    serialDelivered: z.string().nullable(),
    returnDueOn: isoDate.nullable().describe('The 10th working day after delivery on the warehouse calendar, when a unit is to come back'),
    returnDueAt: isoDateTime.nullable().describe('The end of that working day'),
    deliveredAt: isoDateTime,
  }),
  example: {
    rmaId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    rmaNumber: 'RMA-20261123-000001',
    type: 'advance-replacement',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    serialDelivered: 'SN-PX2000-0420',
    returnDueOn: '2026-12-08',
    returnDueAt: '2026-12-08T09:00:00.000Z',
    deliveredAt: '2026-11-24T03:00:00.000Z',
  },
});
export type RmaDeliveredV1Data = z.infer<typeof RmaDeliveredV1.schema>;
