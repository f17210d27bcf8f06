import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { complaintNotify } from './complaint-common';

export const ComplaintOpenedV1 = defineEvent({
  subject: 'aftersales.complaints.complaint.opened.v1',
  summary: 'A complaint was registered, with its handling deadline (R-CP-3, R-CP-4); low survey scores open one (R-SV-3).',
  schema: z.object({
    complaintId: z.uuid(),
    complaintNumber: z.string(),
    customerId: z.uuid(),
    caseIds: z.array(z.uuid()),
    source: z.enum(['phone', 'letter', 'in-person', 'online', 'survey', 'email']),
    summary: z.string(),
    dueAt: isoDateTime.describe('Committed handling deadline (R-CP-4)'),
    openedAt: isoDateTime,
    acknowledgeBy: isoDateTime.optional().describe('R-CP-4: the acknowledgement deadline on the business calendar'),
    severity: z.enum(['low', 'medium', 'high', 'critical']).optional(),
    brokenCommitment: z
      .enum(['sla-breach', 'repeat-repair', 'free-or-paid-dispute', 'conduct', 'delivery', 'none'])
      .optional()
      .describe('R-CP-3: the service-policy commitment the complaint says was broken'),
    surveyId: z.uuid().nullable().optional().describe('R-SV-3: the survey whose low score opened it'),
    repeatComplainant: z.boolean().optional().describe('R-CP-5: the customer had complained before'),
    notify: complaintNotify.optional(),
  }),
  example: {
    complaintId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    complaintNumber: 'CP-20261124-000001',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-000000000001',
    caseIds: ['0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f'],
    source: 'survey',
    summary: 'Survey score 2/5: Engineer came a day late',
    dueAt: '2026-11-26T09:00:00.000Z',
    openedAt: '2026-11-24T09:00:01.000Z',
    acknowledgeBy: '2026-11-24T05:00:01.000Z',
    severity: 'medium',
    brokenCommitment: 'none',
    surveyId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a1',
    repeatComplainant: false,
    notify: [{ audience: 'officer', userId: null }],
  },
});
export type ComplaintOpenedV1Data = z.infer<typeof ComplaintOpenedV1.schema>;
