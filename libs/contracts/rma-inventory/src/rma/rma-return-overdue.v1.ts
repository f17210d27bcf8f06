import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { returnClockFields } from './rma.values';

export const RmaReturnOverdueV1 = defineEvent({
  subject: 'aftersales.rma.rma.return-overdue.v1',
  summary: 'The faulty or lent unit was not back by the end of its 10th working day: the return is overdue and reported (R-RMA-3).',
  schema: z.object({ ...returnClockFields, overdueAt: isoDateTime }),
  example: {
    rmaId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    rmaNumber: 'RMA-20261123-000001',
    type: 'advance-replacement',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c9',
    serialNumber: 'SN-PX2000-0001',
    returnDueOn: '2026-12-08',
    overdueAt: '2026-12-08T09:00:00.000Z',
  },
});
export type RmaReturnOverdueV1Data = z.infer<typeof RmaReturnOverdueV1.schema>;
