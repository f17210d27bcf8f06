import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { returnClockFields } from './rma.values';

export const RmaReturnChasedV1 = defineEvent({
  subject: 'aftersales.rma.rma.return-chased.v1',
  summary: 'One chaser of the series after an overdue return; after the last one the unit is charged (R-RMA-3).',
  schema: z.object({ ...returnClockFields, chaser: z.number().int().positive(), of: z.number().int().positive(), chasedAt: isoDateTime }),
  example: {
    rmaId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    rmaNumber: 'RMA-20261123-000001',
    type: 'advance-replacement',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c9',
    serialNumber: 'SN-PX2000-0001',
    returnDueOn: '2026-12-08',
    chaser: 1,
    of: 3,
    chasedAt: '2026-12-09T01:00:00.000Z',
  },
});
export type RmaReturnChasedV1Data = z.infer<typeof RmaReturnChasedV1.schema>;
