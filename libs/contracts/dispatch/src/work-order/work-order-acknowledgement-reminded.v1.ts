import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const WorkOrderAcknowledgementRemindedV1 = defineEvent({
  subject: 'aftersales.dispatch.work-order.acknowledgement-reminded.v1',
  summary:
    'R-SLA-4: the assigned engineer has not contacted the customer 30 or 45 minutes after assignment; notify them (and at 45 minutes the order is reassigned when another engineer is eligible).',
  schema: z.object({
    workOrderId: z.uuid(),
    workOrderNumber: z.string(),
    caseId: z.uuid(),
    engineerId: z.uuid().describe('The engineer who has not responded'),
    minutesSinceAssignment: z.number().int().positive().describe("The rung of the SLA plan's ladder: 30 or 45 by default"),
    assignedAt: isoDateTime,
    respondBy: isoDateTime,
    remindedAt: isoDateTime,
    reassigned: z.boolean().describe('At a rung that reassigns (45 minutes by default): the order went to another engineer (see work-order.assigned with respondImmediately)'),
  }),
  example: {
    workOrderId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a1',
    workOrderNumber: 'WO-20261123-000001',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    engineerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000e1',
    minutesSinceAssignment: 30,
    assignedAt: '2026-11-23T08:15:03.000Z',
    respondBy: '2026-11-23T09:15:03.000Z',
    remindedAt: '2026-11-23T08:45:03.000Z',
    reassigned: false,
  },
});
export type WorkOrderAcknowledgementRemindedV1Data = z.infer<typeof WorkOrderAcknowledgementRemindedV1.schema>;
