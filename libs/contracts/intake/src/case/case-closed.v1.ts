import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { caseCategory } from './case-opened.v1';

export const CaseClosedV1 = defineEvent({
  subject: 'aftersales.intake.case.closed.v1',
  summary: 'A case closed after the customer confirmed the resolution (or the confirmation timed out); surveys sends the satisfaction survey (R-IN-7, R-SV-1).',
  schema: z.object({
    caseId: z.uuid(),
    caseNumber: z.string(),
    customerId: z.uuid(),
    productModel: z.string(),
    category: caseCategory,
    closedAt: isoDateTime,
    confirmation: z.enum(['customer-confirmed', 'confirmation-timeout']),
  }),
  example: {
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    caseNumber: 'CS-20261123-000001',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-000000000001',
    productModel: 'PX-2000',
    category: 'fault-hardware',
    closedAt: '2026-11-23T16:00:00.000Z',
    confirmation: 'customer-confirmed',
  },
});
export type CaseClosedV1Data = z.infer<typeof CaseClosedV1.schema>;
