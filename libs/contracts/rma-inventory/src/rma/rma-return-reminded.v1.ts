import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { returnClockFields } from './rma.values';

export const RmaReturnRemindedV1 = defineEvent({
  subject: 'aftersales.rma.rma.return-reminded.v1',
  summary: 'The customer is reminded that the faulty or lent unit is due back soon (R-RMA-3).',
  schema: z.object({ ...returnClockFields, remindedAt: isoDateTime }),
  example: {
    rmaId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    rmaNumber: 'RMA-20261123-000001',
    type: 'advance-replacement',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c9',
    serialNumber: 'SN-PX2000-0001',
    returnDueOn: '2026-12-08',
    remindedAt: '2026-12-04T01:00:00.000Z',
  },
});
export type RmaReturnRemindedV1Data = z.infer<typeof RmaReturnRemindedV1.schema>;
