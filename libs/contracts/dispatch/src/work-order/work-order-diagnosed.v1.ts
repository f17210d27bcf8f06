import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

/** What caused the fault, in the vocabulary warranty's exclusions use (R-WA-2). */
export const diagnosedCause = z.enum(['product-defect', 'wear', 'unknown', 'human-damage', 'accidental-damage', 'unauthorised-modification', 'unauthorised-repair', 'misuse']);

export const WorkOrderDiagnosedV1 = defineEvent({
  subject: 'aftersales.dispatch.work-order.diagnosed.v1',
  summary:
    'The engineer diagnosed the fault on a visit (R-DS-8, 确诊): intake meets the case’s R-SLA-3 diagnosis clock, and warranty re-evaluates the entitlement with the cause (R-WA-2 damage, R-WA-3 DOA, R-WA-4 repeat fault).',
  schema: z.object({
    workOrderId: z.uuid(),
    workOrderNumber: z.string(),
    caseId: z.uuid(),
    visitId: z.uuid(),
    engineerId: z.uuid(),
    serialNumber: z.string(),
    diagnosis: z.string().describe('The engineer’s finding, as written'),
    faultCode: z.string().nullable().describe('The diagnosed fault code, e.g. PSU-FAIL, when the engineer gave one'),
    cause: diagnosedCause.nullable(),
    defectiveOnArrival: z.boolean(),
    diagnosedAt: isoDateTime,
  }),
  example: {
    workOrderId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a1',
    workOrderNumber: 'WO-20261123-000001',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    visitId: '0192f3a0-7c1e-7c3a-9a4e-0000000000b1',
    engineerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000e1',
    serialNumber: 'SN-PX2000-0001',
    diagnosis: 'Power supply capacitor C12 failed; no sign of external damage',
    faultCode: 'PSU-FAIL',
    cause: 'product-defect',
    defectiveOnArrival: false,
    diagnosedAt: '2026-11-23T10:30:00.000Z',
  },
});
export type WorkOrderDiagnosedV1Data = z.infer<typeof WorkOrderDiagnosedV1.schema>;
