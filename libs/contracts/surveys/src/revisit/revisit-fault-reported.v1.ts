import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const RevisitFaultReportedV1 = defineEvent({
  subject: 'aftersales.surveys.revisit.fault-reported.v1',
  summary: 'A revisit (回访) found a fault (R-SV-2, R-SV-3); intake opens a new case for it, linked to the revisit.',
  schema: z.object({
    faultId: z.uuid().describe('One per reported problem: intake opens one case per faultId'),
    revisitId: z.uuid(),
    customerId: z.uuid(),
    caseId: z.uuid().nullable().describe('The earlier case the revisit followed, if any'),
    productModel: z.string().nullable(),
    serialNumber: z.string().nullable(),
    description: z.string(),
    reportedBy: z.string(),
    reportedAt: isoDateTime,
  }),
  example: {
    faultId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f2',
    revisitId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-000000000001',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    productModel: 'PX-2000',
    serialNumber: 'SN-PX2000-0001',
    description: 'Toner light flickers',
    reportedBy: 'user:agent-wang',
    reportedAt: '2026-11-30T10:00:00.000Z',
  },
});
export type RevisitFaultReportedV1Data = z.infer<typeof RevisitFaultReportedV1.schema>;
