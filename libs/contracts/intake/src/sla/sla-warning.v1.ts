import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { slaClockRef, slaRecipients } from './sla-common';

export const SlaWarningV1 = defineEvent({
  subject: 'aftersales.intake.sla.warning.v1',
  summary: 'A running SLA clock of a case reached a warning step of its ladder before its deadline (R-SLA-3, R-SLA-7): who to tell, and how long is left.',
  schema: z.object({
    ...slaClockRef,
    level: z.number().int().min(0),
    percentOfTarget: z.number().describe('The share of the target used when the step fired'),
    dueAt: isoDateTime,
    remainingMinutes: z.number().int().min(0),
    reason: z.string(),
    recipients: slaRecipients,
    warnedAt: isoDateTime,
  }),
  example: {
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    caseNumber: 'CS-20261123-000001',
    priority: 'P3',
    planCode: 'standard',
    clock: 'diagnosis',
    targetMinutes: 1440,
    calendarId: 'business',
    rule: 'R-SLA-3',
    level: 0,
    percentOfTarget: 75,
    dueAt: '2026-11-26T02:00:00.000Z',
    remainingMinutes: 360,
    reason: 'three quarters of the diagnosis time used',
    recipients: { roles: ['engineer'], users: ['engineer-li-wei'], assignee: { id: 'engineer-li-wei', name: 'Li Wei' }, channels: ['email', 'sms'] },
    warnedAt: '2026-11-25T06:00:00.000Z',
  },
});
export type SlaWarningV1Data = z.infer<typeof SlaWarningV1.schema>;
