import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { complaintNotify } from './complaint-common';

export const ComplaintClosedV1 = defineEvent({
  subject: 'aftersales.complaints.complaint.closed.v1',
  summary: 'A resolved complaint was closed; nothing more is owed on it.',
  schema: z.object({
    complaintId: z.uuid(),
    complaintNumber: z.string(),
    customerId: z.uuid(),
    closedAt: isoDateTime,
    actor: z.string(),
    notify: complaintNotify,
  }),
  example: {
    complaintId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    complaintNumber: 'CP-20261124-000001',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-000000000001',
    closedAt: '2026-11-26T02:00:00.000Z',
    actor: 'user:officer-1',
    notify: [],
  },
});
export type ComplaintClosedV1Data = z.infer<typeof ComplaintClosedV1.schema>;
