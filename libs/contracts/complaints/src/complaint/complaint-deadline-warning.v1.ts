import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { complaintDeadlineKind, complaintNotify } from './complaint-common';

export const ComplaintDeadlineWarningV1 = defineEvent({
  subject: 'aftersales.complaints.complaint.deadline-warning.v1',
  summary: 'A committed complaint deadline is close and the complaint is not there yet (R-CP-4).',
  schema: z.object({
    complaintId: z.uuid(),
    complaintNumber: z.string(),
    deadline: complaintDeadlineKind,
    dueAt: isoDateTime,
    warnedAt: isoDateTime,
    notify: complaintNotify,
  }),
  example: {
    complaintId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    complaintNumber: 'CP-20261124-000001',
    deadline: 'handling',
    dueAt: '2026-11-26T09:00:00.000Z',
    warnedAt: '2026-11-26T03:00:00.000Z',
    notify: [{ audience: 'officer', userId: 'officer-1' }],
  },
});
export type ComplaintDeadlineWarningV1Data = z.infer<typeof ComplaintDeadlineWarningV1.schema>;
