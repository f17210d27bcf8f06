import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { complaintCompensation, complaintNotify, complaintRootCause } from './complaint-common';

export const ComplaintResolvedV1 = defineEvent({
  subject: 'aftersales.complaints.complaint.resolved.v1',
  summary: 'The complainant accepted the resolution: what was done, the compensation and the root cause (R-CP-6), for the ERP and CRM.',
  schema: z.object({
    complaintId: z.uuid(),
    complaintNumber: z.string(),
    customerId: z.uuid(),
    caseIds: z.array(z.uuid()),
    actionsTaken: z.string(),
    compensation: complaintCompensation.nullable(),
    rootCause: complaintRootCause,
    dueAt: isoDateTime,
    metDeadline: z.boolean().describe('R-CP-4: resolved by the committed handling deadline'),
    resolvedAt: isoDateTime,
    notify: complaintNotify,
  }),
  example: {
    complaintId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    complaintNumber: 'CP-20261124-000001',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-000000000001',
    caseIds: ['0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f'],
    actionsTaken: 'Printer head replaced free of charge',
    compensation: { amountMinor: 20000, serviceCreditMinor: 0, currency: 'CNY', goods: null },
    rootCause: 'service-conduct',
    dueAt: '2026-11-26T09:00:00.000Z',
    metDeadline: true,
    resolvedAt: '2026-11-25T08:00:00.000Z',
    notify: [{ audience: 'officer', userId: 'officer-1' }],
  },
});
export type ComplaintResolvedV1Data = z.infer<typeof ComplaintResolvedV1.schema>;
