import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { revisitKind } from './revisit-common';

export const RevisitCompletedV1 = defineEvent({
  subject: 'aftersales.surveys.revisit.completed.v1',
  summary: 'A revisit (回访) reached the customer and its outcome was recorded (R-SV-2, R-SV-3): findings, satisfaction and new problems.',
  schema: z.object({
    revisitId: z.uuid(),
    kind: revisitKind,
    customerId: z.uuid(),
    caseId: z.uuid().nullable(),
    contractId: z.uuid().nullable(),
    findings: z.string().nullable(),
    satisfaction: z.number().int().min(1).max(5).nullable(),
    newProblems: z.array(z.object({ description: z.string(), fault: z.boolean() })),
    completedBy: z.string(),
    completedAt: isoDateTime,
  }),
  example: {
    revisitId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    kind: 'after-service',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-000000000001',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    contractId: null,
    findings: 'Printer works; toner light flickers',
    satisfaction: 4,
    newProblems: [{ description: 'Toner light flickers', fault: true }],
    completedBy: 'user:agent-wang',
    completedAt: '2026-11-30T10:00:00.000Z',
  },
});
export type RevisitCompletedV1Data = z.infer<typeof RevisitCompletedV1.schema>;
