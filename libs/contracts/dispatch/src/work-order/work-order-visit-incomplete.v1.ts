import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const WorkOrderVisitIncompleteV1 = defineEvent({
  subject: 'aftersales.dispatch.work-order.visit-incomplete.v1',
  summary: 'An on-site visit ended without the repair done: why, the agreed next visit, and any standby unit lent to the customer (R-DS-4, R-DS-5).',
  schema: z.object({
    workOrderId: z.uuid(),
    workOrderNumber: z.string(),
    caseId: z.uuid(),
    visitId: z.uuid(),
    visitNumber: z.number().int().positive(),
    engineerId: z.uuid(),
    reasonCode: z.enum(['awaiting-parts', 'needs-expert', 'customer-unavailable', 'out-of-time', 'other']),
    reason: z.string(),
    nextVisitAt: isoDateTime,
    standbyUnit: z
      .object({ serialNumber: z.string(), productModel: z.string(), lentAt: isoDateTime })
      .nullable()
      .describe('R-DS-5: a standby unit (备用机) lent while the machine waits for parts'),
    endedAt: isoDateTime,
  }),
  example: {
    workOrderId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a1',
    workOrderNumber: 'WO-20261123-000001',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    visitId: '0192f3a0-7c1e-7c3a-9a4e-0000000000b1',
    visitNumber: 1,
    engineerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000e1',
    reasonCode: 'awaiting-parts',
    reason: 'Mainboard not in the branch stock',
    nextVisitAt: '2026-11-25T02:00:00.000Z',
    standbyUnit: { serialNumber: 'SB-PX2000-0007', productModel: 'PX-2000', lentAt: '2026-11-23T10:30:00.000Z' },
    endedAt: '2026-11-23T10:30:00.000Z',
  },
});
export type WorkOrderVisitIncompleteV1Data = z.infer<typeof WorkOrderVisitIncompleteV1.schema>;
