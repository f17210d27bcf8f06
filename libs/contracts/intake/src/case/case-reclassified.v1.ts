import { z } from 'zod';
import { defineEvent, isoDateTime, priorityLevel, serviceMode } from '@aftersales/contracts-core';
import { caseCategory } from './case-opened.v1';

/** R-IN-4: a common case (常见) or a difficult one (疑难). */
export const caseDifficulty = z.enum(['common', 'difficult']);
export type CaseDifficulty = z.infer<typeof caseDifficulty>;

const classification = z.object({ category: caseCategory, difficulty: caseDifficulty.nullable(), priority: priorityLevel });

export const CaseReclassifiedV1 = defineEvent({
  subject: 'aftersales.intake.case.reclassified.v1',
  summary:
    'Staff reclassified a case (R-IN-4: category, common or difficult), with a reason; the service mode is chosen again and the SLA clocks re-planned under the new priority (R-IN-5).',
  schema: z.object({
    caseId: z.uuid(),
    caseNumber: z.string(),
    from: classification,
    to: classification,
    reason: z.string(),
    serviceMode: serviceMode.nullable().describe('The service mode chosen for the new category (R-DS-1), null when it needs no field work or warranty has not decided yet'),
    dispatchRequested: z.boolean().describe('The reclassification asked dispatch for field work (case.dispatch-requested follows)'),
    reclassifiedBy: z.string().describe('user:<subject>'),
    reclassifiedAt: isoDateTime,
  }),
  example: {
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    caseNumber: 'CS-20261123-000001',
    from: { category: 'consultation', difficulty: null, priority: 'P4' },
    to: { category: 'fault-hardware', difficulty: 'difficult', priority: 'P1' },
    reason: 'The question in the mail is a dead controller board: the line is down',
    serviceMode: 'on-site',
    dispatchRequested: true,
    reclassifiedBy: 'user:agent-zhang',
    reclassifiedAt: '2026-11-23T09:05:00.000Z',
  },
});
export type CaseReclassifiedV1Data = z.infer<typeof CaseReclassifiedV1.schema>;
