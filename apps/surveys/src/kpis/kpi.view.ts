import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDate, isoDateTime } from '@aftersales/contracts-core';
import { DIMENSIONS } from './domain/kpi-contributions';
import { PERIOD_KINDS } from './domain/periods';
import { kpiDefinitionDocumentSchema } from './commands/publish-definition/publish-definition.request';

const targetSchema = z.object({ min: z.number().optional(), max: z.number().optional(), rule: z.string().optional() });

export const figureViewSchema = z.object({
  code: z.string(),
  kind: z.enum(['ratio', 'mean', 'nps', 'availability']),
  value: z.number().nullable().describe('A share 0..1 (ratio, availability), hours (mean) or points -100..100 (nps); null when nothing counted'),
  numerator: z.number(),
  denominator: z.number().describe('Cases counted; for availability, the units under contract times the minutes of the period'),
  target: targetSchema.nullable(),
  meetsTarget: z.boolean().nullable().describe('R-SLA-8; null when the KPI has no target or no value'),
});

export const periodViewSchema = z.object({ kind: z.enum(PERIOD_KINDS), start: isoDate, end: isoDate.describe('Exclusive'), timeZone: z.string() });

export const kpiRowViewSchema = z.object({
  key: z.string().describe('The engineer, branch, product model, customer or contract; * for all cases'),
  figures: z.array(figureViewSchema),
  shortfalls: z.array(z.string()).describe('The codes of the KPIs below their target'),
});

export const kpiPageViewSchema = z.object({
  definitionVersion: z.number().int(),
  period: periodViewSchema,
  dimension: z.enum(DIMENSIONS),
  items: z.array(kpiRowViewSchema),
  nextCursor: z.string().nullable(),
});
export type KpiPageView = z.infer<typeof kpiPageViewSchema>;
export class KpiPageResponse extends createZodDto(kpiPageViewSchema) {}

export const figureChangeSchema = z.object({
  code: z.string(),
  period: z.string().describe('The month, YYYY-MM'),
  before: z.number().nullable(),
  after: z.number().nullable(),
  change: z.enum(['added', 'removed', 'changed']),
});

export const definitionViewSchema = z.object({
  version: z.number().int(),
  note: z.string(),
  createdBy: z.string(),
  createdAt: isoDateTime,
  document: kpiDefinitionDocumentSchema,
  changes: z.array(figureChangeSchema).nullable().describe('What recomputing the history under this version changed, per KPI and month, across all cases'),
});
export type DefinitionView = z.infer<typeof definitionViewSchema>;
export class DefinitionResponse extends createZodDto(definitionViewSchema) {}
export class DefinitionListResponse extends createZodDto(z.object({ items: z.array(definitionViewSchema.omit({ document: true, changes: true })) })) {}

export const breachViewSchema = z.object({
  id: z.uuid().describe('The sla.breached event'),
  caseId: z.uuid(),
  caseNumber: z.string(),
  clock: z.string(),
  priority: z.string(),
  planCode: z.string(),
  branch: z.string().nullable(),
  engineer: z.string().nullable(),
  dueAt: isoDateTime,
  breachedAt: isoDateTime,
  day: isoDate.describe('Local date of the breach in the reporting time zone'),
});
export type BreachView = z.infer<typeof breachViewSchema>;
export class BreachPageResponse extends createZodDto(z.object({ items: z.array(breachViewSchema), nextCursor: z.uuid().nullable() })) {}

export const breachSummaryViewSchema = z.object({
  from: isoDate,
  to: isoDate.describe('Inclusive'),
  by: z.string(),
  total: z.number().int(),
  groups: z.array(z.object({ key: z.string().nullable().describe('null: not known (a case without a branch or engineer)'), breaches: z.number().int() })),
});
export type BreachSummaryView = z.infer<typeof breachSummaryViewSchema>;
export class BreachSummaryResponse extends createZodDto(breachSummaryViewSchema) {}

export function toDefinitionView(d: { version: number; note: string; createdBy: string; createdAt: Date; document: unknown; changes: unknown }): DefinitionView {
  return {
    version: d.version,
    note: d.note,
    createdBy: d.createdBy,
    createdAt: new Date(d.createdAt).toISOString(),
    document: d.document as DefinitionView['document'],
    changes: (d.changes as DefinitionView['changes']) ?? null,
  };
}
