import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ANCHORS, CONDITION_OPS, KPI_KINDS, MEASURES } from '../../domain/kpi-definition';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:mm');
const conditionSchema = z.strictObject({
  fact: z.string().trim().min(1).max(60).describe('resolved, closed, reopened, category, priority, channel, contracted, csat, nps, visits, hasWorkOrder, isRepeat, repeatedLater, complaints, breachedAny, or breached.<clock>'),
  op: z.enum(CONDITION_OPS),
  value: z.union([z.string().max(100), z.number(), z.boolean(), z.array(z.union([z.string().max(100), z.number()])).max(50)]),
});
const targetSchema = z.strictObject({ min: z.number().optional(), max: z.number().optional(), rule: z.string().max(40).optional() });

export const kpiDefinitionSchema = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9.-]{0,59}$/, 'lower-case letters, digits, dots and dashes'),
  name: z.strictObject({ en: z.string().trim().min(1).max(200), 'zh-CN': z.string().trim().min(1).max(200) }),
  kind: z.enum(KPI_KINDS),
  anchor: z.enum(ANCHORS).describe('The moment a case is counted in a period'),
  eligible: z.array(conditionSchema).max(20),
  success: z.array(conditionSchema).max(20).optional(),
  measure: z.enum(MEASURES).optional(),
  promoterMin: z.number().int().min(0).max(10).optional(),
  detractorMax: z.number().int().min(0).max(10).optional(),
  target: targetSchema.optional(),
});

export const kpiDefinitionDocumentSchema = z.strictObject({
  kpis: z.array(kpiDefinitionSchema).min(1).max(50),
  calendar: z.strictObject({
    hours: z.array(z.strictObject({ start: hhmm, end: hhmm })).min(1).max(6),
    days: z.enum(['weekdays', 'all']),
    chinaOfficialHolidays: z.boolean(),
    pauseWhileWaitingOnCustomer: z.boolean(),
  }),
});

export const publishDefinitionSchema = z.strictObject({
  basedOn: z.number().int().positive().describe('The version this one replaces: the one in force, or the request is a 409'),
  note: z.string().trim().min(1).max(500).describe('Why the definitions change'),
  document: kpiDefinitionDocumentSchema,
});
export class PublishDefinitionRequest extends createZodDto(publishDefinitionSchema) {}
