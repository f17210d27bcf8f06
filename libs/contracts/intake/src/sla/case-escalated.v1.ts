import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { slaClockRef, slaRecipients } from './sla-common';

export const CaseEscalatedV1 = defineEvent({
  subject: 'aftersales.intake.case.escalated.v1',
  summary:
    'A case climbed a level of its escalation ladder (R-SLA-3): P1 to the response-center manager after 1 h, P2 to the technical and response-center managers after 4 h, P3 to the technical-center manager after 24 h, P4 to the general manager after 72 h, and higher when a manager does not react in time.',
  schema: z.object({
    ...slaClockRef,
    level: z.number().int().min(1),
    action: z.string().describe('What the step asks for: notify, escalate or reassign; consumers accept values they do not know'),
    reason: z.string(),
    recipients: slaRecipients,
    reactWithinMinutes: z.number().int().positive().nullable().describe('The manager’s own reaction deadline (R-SLA-3: 24/24/48/72 h)'),
    reactBy: isoDateTime.nullable(),
    dueAt: isoDateTime,
    escalatedAt: isoDateTime,
  }),
  example: {
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    caseNumber: 'CS-20261123-000001',
    priority: 'P2',
    planCode: 'standard',
    clock: 'diagnosis',
    targetMinutes: 240,
    calendarId: 'business',
    rule: 'R-SLA-3',
    level: 1,
    action: 'escalate',
    reason: 'diagnosis not reached in 4 h (R-SLA-3)',
    recipients: { roles: ['engineer', 'technical-manager', 'response-center-manager'], users: ['engineer-li-wei'], assignee: { id: 'engineer-li-wei', name: 'Li Wei' }, channels: ['email', 'sms'] },
    reactWithinMinutes: 1440,
    reactBy: '2026-11-24T06:00:00.000Z',
    dueAt: '2026-11-23T06:00:00.000Z',
    escalatedAt: '2026-11-23T06:00:00.200Z',
  },
});
export type CaseEscalatedV1Data = z.infer<typeof CaseEscalatedV1.schema>;
