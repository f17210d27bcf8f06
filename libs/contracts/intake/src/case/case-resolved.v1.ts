import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const CaseResolvedV1 = defineEvent({
  subject: 'aftersales.intake.case.resolved.v1',
  summary: 'The work on a case is done; it waits for the customer to confirm before it closes (R-IN-7).',
  schema: z.object({
    caseId: z.uuid(),
    caseNumber: z.string(),
    resolution: z.string(),
    workOrderId: z.uuid().nullable(),
    resolvedAt: isoDateTime,
  }),
  example: {
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    caseNumber: 'CS-20261123-000001',
    resolution: 'Replaced power supply',
    workOrderId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a1',
    resolvedAt: '2026-11-23T12:40:00.000Z',
  },
});
export type CaseResolvedV1Data = z.infer<typeof CaseResolvedV1.schema>;
