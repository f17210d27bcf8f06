import { z } from 'zod';
import { defineEvent, isoDateTime, serviceMode } from '@aftersales/contracts-core';

export const WorkOrderRemoteSessionEndedV1 = defineEvent({
  subject: 'aftersales.dispatch.work-order.remote-session-ended.v1',
  summary: 'A remote assistance session held with the customer’s consent ended with its outcome (R-DS-1, R-DS-2); one that needs the engineer on site turns the order on-site.',
  schema: z.object({
    workOrderId: z.uuid(),
    workOrderNumber: z.string(),
    caseId: z.uuid(),
    sessionId: z.uuid(),
    engineerId: z.uuid(),
    startedAt: isoDateTime,
    endedAt: isoDateTime,
    outcome: z.enum(['resolved', 'needs-on-site', 'needs-parts', 'no-fault-found', 'aborted']),
    serviceMode: serviceMode.describe('The order’s service mode after the session'),
  }),
  example: {
    workOrderId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a1',
    workOrderNumber: 'WO-20261123-000001',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    sessionId: '0192f3a0-7c1e-7c3a-9a4e-0000000000d1',
    engineerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000e1',
    startedAt: '2026-11-23T08:30:00.000Z',
    endedAt: '2026-11-23T09:05:00.000Z',
    outcome: 'needs-on-site',
    serviceMode: 'on-site',
  },
});
export type WorkOrderRemoteSessionEndedV1Data = z.infer<typeof WorkOrderRemoteSessionEndedV1.schema>;
