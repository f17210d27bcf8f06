import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { slaClockRef, slaRecipients } from './sla-common';

export const SlaBreachedV1 = defineEvent({
  subject: 'aftersales.intake.sla.breached.v1',
  summary: 'An SLA clock of a case passed its deadline without being met; every breach is recorded and reported (R-SLA-7), with who is told.',
  schema: z.object({
    ...slaClockRef,
    dueAt: isoDateTime,
    breachedAt: isoDateTime,
    recipients: slaRecipients,
  }),
  example: {
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    caseNumber: 'CS-20261123-000001',
    priority: 'P1',
    planCode: 'standard',
    clock: 'diagnosis',
    targetMinutes: 60,
    calendarId: '24x7',
    rule: 'R-SLA-3',
    dueAt: '2026-11-23T03:00:00.000Z',
    breachedAt: '2026-11-23T03:00:00.120Z',
    recipients: { roles: ['engineer', 'response-center-manager'], users: ['engineer-li-wei'], assignee: { id: 'engineer-li-wei', name: 'Li Wei' }, channels: ['email', 'sms'] },
  },
});
export type SlaBreachedV1Data = z.infer<typeof SlaBreachedV1.schema>;
