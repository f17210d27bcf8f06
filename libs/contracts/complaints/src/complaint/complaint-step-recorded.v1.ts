import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { complaintNotify } from './complaint-common';

export const ComplaintStepRecordedV1 = defineEvent({
  subject: 'aftersales.complaints.complaint.step-recorded.v1',
  summary: 'A step of the complaint-handling procedure was recorded, done or skipped with why (R-CP-2).',
  schema: z.object({
    complaintId: z.uuid(),
    complaintNumber: z.string(),
    step: z.enum(['listen-and-record', 'thank', 'apologise', 'analyse-causes', 'ask-wanted-resolution', 'state-principles-and-proposal', 'agree-deadline']),
    outcome: z.enum(['done', 'skipped']),
    skippedBecause: z.string().nullable(),
    actor: z.string().describe('user:<subject> or system:<service>'),
    at: isoDateTime,
    notify: complaintNotify,
  }),
  example: {
    complaintId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    complaintNumber: 'CP-20261124-000001',
    step: 'apologise',
    outcome: 'done',
    skippedBecause: null,
    actor: 'user:officer-1',
    at: '2026-11-24T09:10:00.000Z',
    notify: [],
  },
});
export type ComplaintStepRecordedV1Data = z.infer<typeof ComplaintStepRecordedV1.schema>;
