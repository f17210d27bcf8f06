import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const WorkOrderEngineerArrivedV1 = defineEvent({
  subject: 'aftersales.dispatch.work-order.engineer-arrived.v1',
  summary:
    "The engineer arrived on the customer's site and opened a visit (R-DS-4); intake meets the case's on-site clock with it (R-SLA-1), so nobody records the arrival twice.",
  schema: z.object({
    workOrderId: z.uuid(),
    workOrderNumber: z.string(),
    caseId: z.uuid(),
    visitId: z.uuid(),
    visitNumber: z.number().int().positive().describe('1 for the first visit of the order'),
    engineerId: z.uuid(),
    engineerName: z.string().optional(),
    arrivedAt: isoDateTime.describe('When the engineer arrived, as they recorded it (never in the future)'),
  }),
  example: {
    workOrderId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a1',
    workOrderNumber: 'WO-20261123-000001',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    visitId: '0192f3a0-7c1e-7c3a-9a4e-0000000000b1',
    visitNumber: 1,
    engineerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000e1',
    engineerName: 'Li Wei',
    arrivedAt: '2026-11-23T10:05:00.000Z',
  },
});
export type WorkOrderEngineerArrivedV1Data = z.infer<typeof WorkOrderEngineerArrivedV1.schema>;
