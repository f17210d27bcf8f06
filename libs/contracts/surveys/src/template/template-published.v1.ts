import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const TemplatePublishedV1 = defineEvent({
  subject: 'aftersales.surveys.template.published.v1',
  summary: 'A new version of a survey template was stored (R-SV-1): cases closed from now on that it matches get it.',
  schema: z.object({
    code: z.string(),
    version: z.number().int().min(1),
    questionIds: z.array(z.string()),
    appliesTo: z.object({ categories: z.array(z.string()).optional(), channels: z.array(z.string()).optional(), underContract: z.boolean().optional() }),
    active: z.boolean(),
    publishedBy: z.string().describe('user:<subject>'),
    publishedAt: isoDateTime,
  }),
  example: {
    code: 'contract-care',
    version: 2,
    questionIds: ['overall', 'fixed'],
    appliesTo: { underContract: true },
    active: true,
    publishedBy: 'user:admin-1',
    publishedAt: '2026-11-20T09:00:00.000Z',
  },
});
export type TemplatePublishedV1Data = z.infer<typeof TemplatePublishedV1.schema>;
