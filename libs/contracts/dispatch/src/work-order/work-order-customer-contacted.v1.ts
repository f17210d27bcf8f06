import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const WorkOrderCustomerContactedV1 = defineEvent({
  subject: 'aftersales.dispatch.work-order.customer-contacted.v1',
  summary: 'R-SLA-4: the assigned engineer contacted the customer; the acknowledgement timers stop and intake can stop its response clock.',
  schema: z.object({
    workOrderId: z.uuid(),
    workOrderNumber: z.string(),
    caseId: z.uuid(),
    engineerId: z.uuid(),
    channel: z.enum(['phone', 'sms', 'email', 'chat', 'remote', 'on-site']),
    contactedAt: isoDateTime,
    assignedAt: isoDateTime,
    respondBy: isoDateTime,
    withinTarget: z.boolean().describe('contactedAt is at or before respondBy'),
  }),
  example: {
    workOrderId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a1',
    workOrderNumber: 'WO-20261123-000001',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    engineerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000e1',
    channel: 'phone',
    contactedAt: '2026-11-23T08:40:00.000Z',
    assignedAt: '2026-11-23T08:15:03.000Z',
    respondBy: '2026-11-23T09:15:03.000Z',
    withinTarget: true,
  },
});
export type WorkOrderCustomerContactedV1Data = z.infer<typeof WorkOrderCustomerContactedV1.schema>;
