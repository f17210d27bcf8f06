import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { complaintNotify } from './complaint-common';

export const ComplaintDeadlineRenegotiatedV1 = defineEvent({
  subject: 'aftersales.complaints.complaint.deadline-renegotiated.v1',
  summary: 'The committed handling deadline was agreed anew with the complainant, with why (R-CP-2, R-CP-4).',
  schema: z.object({
    complaintId: z.uuid(),
    complaintNumber: z.string(),
    previousDueAt: isoDateTime,
    dueAt: isoDateTime,
    reason: z.string(),
    actor: z.string(),
    renegotiatedAt: isoDateTime,
    notify: complaintNotify,
  }),
  example: {
    complaintId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    complaintNumber: 'CP-20261124-000001',
    previousDueAt: '2026-11-26T09:00:00.000Z',
    dueAt: '2026-11-30T09:00:00.000Z',
    reason: 'The replacement part ships from the factory on Friday',
    actor: 'user:officer-1',
    renegotiatedAt: '2026-11-25T02:00:00.000Z',
    notify: [{ audience: 'customer', userId: null }],
  },
});
export type ComplaintDeadlineRenegotiatedV1Data = z.infer<typeof ComplaintDeadlineRenegotiatedV1.schema>;
