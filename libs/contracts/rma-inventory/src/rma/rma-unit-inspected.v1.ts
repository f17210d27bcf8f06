import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { inspectionResult, rmaType } from './rma.values';

export const RmaUnitInspectedV1 = defineEvent({
  subject: 'aftersales.rma.rma.unit-inspected.v1',
  summary: "A returned unit was inspected: no fault found, fault confirmed or damaged; warranty takes the result as evidence for the case's decision (R-RMA-3, R-WA-2, R-WA-7).",
  schema: z.object({
    rmaId: z.uuid(),
    rmaNumber: z.string(),
    type: rmaType,
    caseId: z.uuid(),
    decisionId: z.uuid().nullable(),
    serialNumber: z.string(),
    result: inspectionResult,
    faultCode: z.string().nullable(),
    notes: z.string(),
    inspectedBy: z.string(),
    inspectedAt: isoDateTime,
  }),
  example: {
    rmaId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    rmaNumber: 'RMA-20261123-000001',
    type: 'advance-replacement',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    decisionId: '0192f3a0-7c1e-7c3a-9a4e-0000000000d1',
    serialNumber: 'SN-PX2000-0001',
    result: 'fault-confirmed',
    faultCode: 'PSU-FAIL',
    notes: 'Power supply dead on the bench',
    inspectedBy: 'rma-admin-1',
    inspectedAt: '2026-12-01T06:00:00.000Z',
  },
});
export type RmaUnitInspectedV1Data = z.infer<typeof RmaUnitInspectedV1.schema>;
