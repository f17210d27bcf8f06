import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { complaintCompensation, complaintNotify, complaintRootCause } from './complaint-common';

export const ComplaintResolutionProposedV1 = defineEvent({
  subject: 'aftersales.complaints.complaint.resolution-proposed.v1',
  summary: 'The company proposed a resolution, with any compensation and the root cause; above the approval amount it waits for a manager.',
  schema: z.object({
    complaintId: z.uuid(),
    complaintNumber: z.string(),
    actionsTaken: z.string(),
    compensation: complaintCompensation.nullable(),
    approvalRequired: z.boolean(),
    rootCause: complaintRootCause,
    proposedAt: isoDateTime,
    actor: z.string(),
    notify: complaintNotify,
  }),
  example: {
    complaintId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    complaintNumber: 'CP-20261124-000001',
    actionsTaken: 'Printer head replaced free of charge',
    compensation: { amountMinor: 80000, serviceCreditMinor: 0, currency: 'CNY', goods: null },
    approvalRequired: true,
    rootCause: 'product-quality',
    proposedAt: '2026-11-25T06:00:00.000Z',
    actor: 'user:officer-1',
    notify: [{ audience: 'manager', userId: 'manager-1' }],
  },
});
export type ComplaintResolutionProposedV1Data = z.infer<typeof ComplaintResolutionProposedV1.schema>;
