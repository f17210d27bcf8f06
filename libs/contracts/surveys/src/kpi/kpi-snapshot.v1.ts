import { z } from 'zod';
import { defineEvent, isoDate, isoDateTime } from '@aftersales/contracts-core';

export const kpiFigure = z.object({
  code: z.string().describe('The KPI of the definition version, e.g. resolution-rate, satisfaction, equipment-availability'),
  kind: z.string().describe('ratio, mean, nps or availability; consumers accept values they do not know'),
  value: z.number().nullable().describe('A share 0..1 (ratio, availability), hours (mean) or points (nps); null when nothing counted'),
  numerator: z.number(),
  denominator: z.number(),
  target: z.object({ min: z.number().optional(), max: z.number().optional(), rule: z.string().optional() }).nullable(),
  meetsTarget: z.boolean().nullable(),
});

export const KpiSnapshotV1 = defineEvent({
  subject: 'aftersales.surveys.kpi.snapshot.v1',
  summary:
    'The KPIs of a day, week or month as they stood when it ended (R-SV-4), with the R-SLA-8 targets (resolution >= 95 %, satisfaction >= 90 %, availability >= 97 %) and who fell short of them.',
  schema: z.object({
    periodKind: z.enum(['day', 'week', 'month']),
    periodStart: isoDate.describe('First local date of the period'),
    periodEnd: isoDate.describe('The local date after its last one'),
    timeZone: z.string().describe('The reporting time zone the period is cut in'),
    definitionVersion: z.number().int().positive(),
    figures: z.array(kpiFigure).describe('Across all cases'),
    shortfalls: z
      .array(z.object({ code: z.string(), dimension: z.string(), key: z.string(), value: z.number(), target: z.object({ min: z.number().optional(), max: z.number().optional(), rule: z.string().optional() }) }))
      .describe('Engineers, branches, product models, customers and contracts below a target (the worst first, at most 100)'),
    shortfallCount: z.number().int().nonnegative().describe('How many fell short in all'),
    takenAt: isoDateTime,
  }),
  example: {
    periodKind: 'month',
    periodStart: '2026-11-01',
    periodEnd: '2026-12-01',
    timeZone: 'Asia/Shanghai',
    definitionVersion: 1,
    figures: [
      { code: 'resolution-rate', kind: 'ratio', value: 0.96, numerator: 480, denominator: 500, target: { min: 0.95, rule: 'R-SLA-8' }, meetsTarget: true },
      { code: 'satisfaction', kind: 'ratio', value: 0.88, numerator: 264, denominator: 300, target: { min: 0.9, rule: 'R-SLA-8' }, meetsTarget: false },
    ],
    shortfalls: [{ code: 'satisfaction', dimension: 'branch', key: 'east', value: 0.8, target: { min: 0.9, rule: 'R-SLA-8' } }],
    shortfallCount: 1,
    takenAt: '2026-11-30T16:00:00.000Z',
  },
});
export type KpiSnapshotV1Data = z.infer<typeof KpiSnapshotV1.schema>;
