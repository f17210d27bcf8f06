import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { complaintNotify } from './complaint-common';

export const ComplaintQualityIssueReportedV1 = defineEvent({
  subject: 'aftersales.complaints.complaint.quality-issue-reported.v1',
  summary: 'A resolved complaint was caused by product quality: reported to the technical center (R-CP-6).',
  schema: z.object({
    complaintId: z.uuid(),
    complaintNumber: z.string(),
    productModel: z.string().nullable(),
    serialNumber: z.string().nullable(),
    fault: z.string().nullable(),
    rootCauseDetail: z.string().nullable(),
    caseIds: z.array(z.uuid()),
    reportedAt: isoDateTime,
    notify: complaintNotify,
  }),
  example: {
    complaintId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    complaintNumber: 'CP-20261124-000001',
    productModel: 'PX-2000',
    serialNumber: 'SN-PX2000-0001',
    fault: 'Printer head jams on every page',
    rootCauseDetail: 'Head bracket cracks under heat',
    caseIds: ['0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f'],
    reportedAt: '2026-11-25T08:00:00.000Z',
    notify: [{ audience: 'technical-center', userId: null }],
  },
});
export type ComplaintQualityIssueReportedV1Data = z.infer<typeof ComplaintQualityIssueReportedV1.schema>;
