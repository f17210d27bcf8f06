import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { rmaClock, rmaType } from './rma.values';

export const RmaDeadlineWarnedV1 = defineEvent({
  subject: 'aftersales.rma.rma.deadline-warned.v1',
  summary:
    'An RMA deadline is close and not met yet: the review (24 h), the ship-by time, the exchange-repair turnaround (72 working hours), processing (3-5 working days) or the customer shipment (7 days) (R-RMA-2, R-RMA-4, R-RMA-7).',
  schema: z.object({
    rmaId: z.uuid(),
    rmaNumber: z.string(),
    type: rmaType,
    caseId: z.uuid(),
    clock: rmaClock,
    dueAt: isoDateTime,
    warnedAt: isoDateTime,
  }),
  example: {
    rmaId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    rmaNumber: 'RMA-20261123-000001',
    type: 'advance-replacement',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    clock: 'ship-by',
    dueAt: '2026-11-23T09:00:00.000Z',
    warnedAt: '2026-11-23T08:00:00.000Z',
  },
});
export type RmaDeadlineWarnedV1Data = z.infer<typeof RmaDeadlineWarnedV1.schema>;
