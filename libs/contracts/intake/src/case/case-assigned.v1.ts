import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const CaseAssignedV1 = defineEvent({
  subject: 'aftersales.intake.case.assigned.v1',
  summary:
    'A case was assigned to an engineer, or an engineer took it over (R-IN-6); the engineer must contact the customer within the acknowledgement deadline (R-SLA-4).',
  schema: z.object({
    caseId: z.uuid(),
    caseNumber: z.string(),
    assigneeId: z.string().describe('The engineer: the subject of their token'),
    previousAssigneeId: z.string().nullable(),
    assigneeName: z.string().nullable().optional().describe('The engineer as people call them, when known (from dispatch, issue #15)'),
    previousAssigneeName: z.string().nullable().optional(),
    takeover: z.boolean().describe('True when the engineer took the case over themselves (R-IN-6)'),
    assignedBy: z.string().describe('user:<subject>'),
    assignedAt: isoDateTime,
  }),
  example: {
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    caseNumber: 'CS-20261123-000001',
    assigneeId: 'engineer-li-wei',
    previousAssigneeId: null,
    assigneeName: 'Li Wei',
    previousAssigneeName: null,
    takeover: false,
    assignedBy: 'user:agent-zhang',
    assignedAt: '2026-11-23T09:10:00.000Z',
  },
});
export type CaseAssignedV1Data = z.infer<typeof CaseAssignedV1.schema>;
