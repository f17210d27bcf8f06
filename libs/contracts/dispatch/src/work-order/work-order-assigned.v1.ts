import { z } from 'zod';
import { defineEvent, isoDateTime, serviceMode } from '@aftersales/contracts-core';

export const WorkOrderAssignedV1 = defineEvent({
  subject: 'aftersales.dispatch.work-order.assigned.v1',
  summary: 'A work order was assigned to an engineer; the acknowledgement clock starts (R-DS-3, R-SLA-4).',
  schema: z.object({
    workOrderId: z.uuid(),
    workOrderNumber: z.string(),
    caseId: z.uuid(),
    engineerId: z.uuid(),
    serviceMode: serviceMode,
    assignment: z.enum(['automatic', 'manual', 'reassigned', 'takeover']),
    assignedAt: isoDateTime,
  }),
  example: {
    workOrderId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a1',
    workOrderNumber: 'WO-20261123-000001',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    engineerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000e1',
    serviceMode: 'on-site',
    assignment: 'automatic',
    assignedAt: '2026-11-23T08:15:03.000Z',
  },
});
export type WorkOrderAssignedV1Data = z.infer<typeof WorkOrderAssignedV1.schema>;
