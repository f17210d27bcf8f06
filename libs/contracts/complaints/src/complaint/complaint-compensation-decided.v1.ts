import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { complaintCompensation, complaintNotify } from './complaint-common';

export const ComplaintCompensationDecidedV1 = defineEvent({
  subject: 'aftersales.complaints.complaint.compensation-decided.v1',
  summary: 'A manager approved or refused a compensation above the approval amount.',
  schema: z.object({
    complaintId: z.uuid(),
    complaintNumber: z.string(),
    compensation: complaintCompensation,
    approved: z.boolean(),
    note: z.string().nullable(),
    decidedBy: z.string(),
    decidedAt: isoDateTime,
    notify: complaintNotify,
  }),
  example: {
    complaintId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    complaintNumber: 'CP-20261124-000001',
    compensation: { amountMinor: 80000, serviceCreditMinor: 0, currency: 'CNY', goods: null },
    approved: true,
    note: null,
    decidedBy: 'user:manager-1',
    decidedAt: '2026-11-25T07:00:00.000Z',
    notify: [{ audience: 'officer', userId: 'officer-1' }],
  },
});
export type ComplaintCompensationDecidedV1Data = z.infer<typeof ComplaintCompensationDecidedV1.schema>;
