import { z } from 'zod';
import { defineEvent, isoDate, isoDateTime } from '@aftersales/contracts-core';
import { revisitKind } from './revisit-common';

export const RevisitScheduledV1 = defineEvent({
  subject: 'aftersales.surveys.revisit.scheduled.v1',
  summary: 'A revisit (回访) task was planned (R-SV-2): after a service or on a contract’s schedule, due on a working day.',
  schema: z.object({
    revisitId: z.uuid(),
    planCode: z.string(),
    kind: revisitKind,
    customerId: z.uuid(),
    caseId: z.uuid().nullable().describe('after-service: the closed case'),
    contractId: z.uuid().nullable().describe('contract-periodic: the service contract'),
    dueOn: isoDate.describe('A working day on the business calendar'),
    scheduledAt: isoDateTime,
  }),
  example: {
    revisitId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    planCode: 'after-hardware-repair',
    kind: 'after-service',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-000000000001',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    contractId: null,
    dueOn: '2026-11-30',
    scheduledAt: '2026-11-23T16:00:00.000Z',
  },
});
export type RevisitScheduledV1Data = z.infer<typeof RevisitScheduledV1.schema>;
