import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { complaintDeadlineKind, complaintNotify } from './complaint-common';

export const ComplaintEscalatedV1 = defineEvent({
  subject: 'aftersales.complaints.complaint.escalated.v1',
  summary: 'A complaint missed a committed deadline and went up a rung of the ladder: the officer\'s manager, then management (R-CP-4).',
  schema: z.object({
    complaintId: z.uuid(),
    complaintNumber: z.string(),
    deadline: complaintDeadlineKind,
    level: z.number().int().min(1).describe('1: the officer\'s manager; 2: management'),
    dueAt: isoDateTime.describe('The deadline that was missed'),
    escalatedAt: isoDateTime,
    reactBy: isoDateTime.describe('This level\'s reaction deadline, on the business calendar; past it the next level is told'),
    notify: complaintNotify,
  }),
  example: {
    complaintId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    complaintNumber: 'CP-20261124-000001',
    deadline: 'handling',
    level: 1,
    dueAt: '2026-11-26T09:00:00.000Z',
    escalatedAt: '2026-11-26T09:00:00.000Z',
    reactBy: '2026-11-26T13:00:00.000Z',
    notify: [{ audience: 'manager', userId: 'manager-1' }],
  },
});
export type ComplaintEscalatedV1Data = z.infer<typeof ComplaintEscalatedV1.schema>;
