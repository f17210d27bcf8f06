import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const ComplaintOpenedV1 = defineEvent({
  subject: 'aftersales.complaints.complaint.opened.v1',
  summary: 'A complaint was registered, with its handling deadline (R-CP-3, R-CP-4); low survey scores open one (R-SV-3).',
  schema: z.object({
    complaintId: z.uuid(),
    complaintNumber: z.string(),
    customerId: z.uuid(),
    caseIds: z.array(z.uuid()),
    source: z.enum(['phone', 'letter', 'in-person', 'online', 'survey']),
    summary: z.string(),
    dueAt: isoDateTime.describe('Committed handling deadline (R-CP-4)'),
    openedAt: isoDateTime,
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
  },
});
export type ComplaintOpenedV1Data = z.infer<typeof ComplaintOpenedV1.schema>;
