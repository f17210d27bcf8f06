import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { revisitKind } from './revisit-common';

export const RevisitPlanPublishedV1 = defineEvent({
  subject: 'aftersales.surveys.revisit-plan.published.v1',
  summary: 'A new version of a revisit (回访) plan was stored (R-SV-2): revisits planned from now on follow it.',
  schema: z.object({
    code: z.string(),
    version: z.number().int().min(1),
    kind: revisitKind,
    active: z.boolean(),
    publishedBy: z.string().describe('user:<subject>'),
    publishedAt: isoDateTime,
  }),
  example: { code: 'after-repair', version: 2, kind: 'after-service', active: true, publishedBy: 'user:admin-1', publishedAt: '2026-11-20T09:00:00.000Z' },
});
export type RevisitPlanPublishedV1Data = z.infer<typeof RevisitPlanPublishedV1.schema>;
