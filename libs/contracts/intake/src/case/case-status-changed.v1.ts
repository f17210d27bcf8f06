import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

/** The lifecycle statuses of a case (issue #3 "lifecycle"); consumers accept values they do not know. */
export const caseStatus = z.enum(['new', 'acknowledged', 'in-progress', 'waiting-on-customer', 'waiting-on-parts', 'resolved', 'closed', 'reopened']);
export type CaseStatusValue = z.infer<typeof caseStatus>;

export const CaseStatusChangedV1 = defineEvent({
  subject: 'aftersales.intake.case.status-changed.v1',
  summary:
    'Every status change of a case, with who made it and why: acknowledged, work started, waiting on the customer or on parts, resumed, resolved, confirmed or auto-closed, rejected, reopened (R-IN-3, R-IN-7).',
  schema: z.object({
    caseId: z.uuid(),
    caseNumber: z.string(),
    from: caseStatus,
    to: caseStatus,
    action: z.string().describe('What happened, e.g. work-resumed, resolution-rejected, case-reopened, auto-closed'),
    reason: z.string().nullable(),
    changedBy: z.string().describe('user:<subject> or system:<service>'),
    changedAt: isoDateTime,
  }),
  example: {
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    caseNumber: 'CS-20261123-000001',
    from: 'in-progress',
    to: 'waiting-on-parts',
    action: 'waiting-on-parts',
    reason: 'Power supply PS-600 ordered',
    changedBy: 'user:engineer-li-wei',
    changedAt: '2026-11-23T10:15:00.000Z',
  },
});
export type CaseStatusChangedV1Data = z.infer<typeof CaseStatusChangedV1.schema>;
