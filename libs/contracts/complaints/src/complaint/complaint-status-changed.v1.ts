import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { complaintNotify } from './complaint-common';

const complaintStatus = z.enum(['registered', 'acknowledged', 'investigating', 'resolution-proposed', 'awaiting-customer', 'resolved', 'closed', 'reopened']);

export const ComplaintStatusChangedV1 = defineEvent({
  subject: 'aftersales.complaints.complaint.status-changed.v1',
  summary: 'A complaint moved along its lifecycle (R-CP-2, R-CP-4): acknowledged, investigated, proposed, reopened and so on.',
  schema: z.object({
    complaintId: z.uuid(),
    complaintNumber: z.string(),
    customerId: z.uuid(),
    from: complaintStatus,
    to: complaintStatus,
    reason: z.string().nullable(),
    actor: z.string(),
    changedAt: isoDateTime,
    notify: complaintNotify,
  }),
  example: {
    complaintId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    complaintNumber: 'CP-20261124-000001',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-000000000001',
    from: 'registered',
    to: 'acknowledged',
    reason: null,
    actor: 'user:officer-1',
    changedAt: '2026-11-24T09:30:00.000Z',
    notify: [{ audience: 'customer', userId: null }],
  },
});
export type ComplaintStatusChangedV1Data = z.infer<typeof ComplaintStatusChangedV1.schema>;
