import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const WorkOrderRepeatRepairFlaggedV1 = defineEvent({
  subject: 'aftersales.dispatch.work-order.repeat-repair-flagged.v1',
  summary: 'R-DS-6: the same unit failed again with the same fault within 3 months of a completed repair (a repeat repair, a KPI of R-SV-4).',
  schema: z.object({
    workOrderId: z.uuid(),
    workOrderNumber: z.string(),
    caseId: z.uuid(),
    serialNumber: z.string(),
    productModel: z.string(),
    category: z.string().describe('The fault category both orders share'),
    previousWorkOrderId: z.uuid(),
    previousCaseId: z.uuid(),
    previousEngineerId: z.uuid().nullable().describe('Who did the repair that did not last'),
    previousCompletedAt: isoDateTime,
    flaggedAt: isoDateTime,
  }),
  example: {
    workOrderId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a2',
    workOrderNumber: 'WO-20261123-000002',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e70',
    serialNumber: 'SN-PX2000-0001',
    productModel: 'PX-2000',
    category: 'fault-hardware',
    previousWorkOrderId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a1',
    previousCaseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    previousEngineerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000e1',
    previousCompletedAt: '2026-10-02T12:40:00.000Z',
    flaggedAt: '2026-11-23T08:15:03.000Z',
  },
});
export type WorkOrderRepeatRepairFlaggedV1Data = z.infer<typeof WorkOrderRepeatRepairFlaggedV1.schema>;
