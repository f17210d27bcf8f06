/**
 * KPI definitions are data, versioned (R-SV-4, R-SLA-8): what counts, for which cases, anchored on which moment,
 * against which target. A new version is stored, not coded; the projection is recomputed from the stored facts.
 */

/** The facts a condition can test (see factValue in kpi-contributions.ts). `breached.<clock>` tests one SLA clock. */
export const CONDITION_FACTS = [
  'resolved',
  'closed',
  'reopened',
  'category',
  'priority',
  'channel',
  'contracted',
  'csat',
  'nps',
  'visits',
  'hasWorkOrder',
  'isRepeat',
  'repeatedLater',
  'complaints',
  'breachedAny',
] as const;
export const BREACHED_FACT = /^breached\.([a-z][a-z0-9-]*)$/;

export const CONDITION_OPS = ['eq', 'ne', 'in', 'not-in', 'gt', 'gte', 'lt', 'lte'] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];
export type ConditionValue = string | number | boolean | (string | number)[];
export interface Condition {
  fact: string;
  op: ConditionOp;
  value: ConditionValue;
}

/** The moment a case is counted in a period. */
export const ANCHORS = ['openedAt', 'resolvedAt', 'closedAt', 'csatAt', 'npsAt'] as const;
export type Anchor = (typeof ANCHORS)[number];

/** What a `mean` KPI averages. */
export const MEASURES = ['businessHoursToResolution', 'hoursToResolution'] as const;
export type Measure = (typeof MEASURES)[number];

export const KPI_KINDS = ['ratio', 'mean', 'nps', 'availability'] as const;
export type KpiKind = (typeof KPI_KINDS)[number];

export interface KpiTarget {
  /** The figure must be at least this (a share 0..1 for ratios and availability, the value itself otherwise). */
  min?: number;
  /** Or at most this (a mean time, a repeat rate). */
  max?: number;
  rule?: string;
}

export interface KpiDefinition {
  code: string;
  name: { en: string; 'zh-CN': string };
  /**
   * ratio: the share of eligible cases that succeed; mean: the average of a measure over eligible cases;
   * nps: promoters minus detractors, in points; availability: 1 - downtime / (units x time) for fleets under contract.
   */
  kind: KpiKind;
  anchor: Anchor;
  eligible: Condition[];
  /** ratio only: what counts as a success. */
  success?: Condition[];
  /** mean only. */
  measure?: Measure;
  /** nps only: the score bands (standard: promoters 9-10, detractors 0-6). */
  promoterMin?: number;
  detractorMax?: number;
  target?: KpiTarget;
}

/** Business hours for `businessHoursToResolution`. */
export interface KpiCalendar {
  hours: { start: string; end: string }[];
  /** Mon-Fri, or every day. */
  days: 'weekdays' | 'all';
  /** The official Chinese holidays and make-up working days. */
  chinaOfficialHolidays: boolean;
  /** R-SLA-6: time waiting on the customer does not count. */
  pauseWhileWaitingOnCustomer: boolean;
}

export interface KpiDefinitionDocument {
  kpis: KpiDefinition[];
  calendar: KpiCalendar;
}

export class InvalidKpiDefinition extends Error {
  constructor(readonly problems: string[]) {
    super(`The KPI definitions are not valid: ${problems.join('; ')}`);
  }
}

/** The rules a document's shape cannot say: unique codes, the fields each kind needs, known facts. */
export function validateDefinitions(doc: KpiDefinitionDocument): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [i, k] of doc.kpis.entries()) {
    const at = `kpis[${i}] (${k.code})`;
    if (seen.has(k.code)) problems.push(`${at}: the code is used twice`);
    seen.add(k.code);
    if (k.kind === 'ratio' && !k.success?.length) problems.push(`${at}: a ratio needs success conditions`);
    if (k.kind !== 'ratio' && k.success) problems.push(`${at}: only a ratio has success conditions`);
    if (k.kind === 'mean' && !k.measure) problems.push(`${at}: a mean needs a measure`);
    if (k.kind !== 'mean' && k.measure) problems.push(`${at}: only a mean has a measure`);
    if (k.kind === 'nps' && (k.promoterMin === undefined || k.detractorMax === undefined || k.detractorMax >= k.promoterMin)) {
      problems.push(`${at}: an nps needs promoterMin above detractorMax`);
    }
    if (k.target && k.target.min === undefined && k.target.max === undefined) problems.push(`${at}: a target needs min or max`);
    for (const c of [...k.eligible, ...(k.success ?? [])]) {
      if (!(CONDITION_FACTS as readonly string[]).includes(c.fact) && !BREACHED_FACT.test(c.fact)) problems.push(`${at}: unknown fact "${c.fact}"`);
      if ((c.op === 'in' || c.op === 'not-in') !== Array.isArray(c.value)) problems.push(`${at}: "${c.op}" on ${c.fact} takes ${c.op === 'in' || c.op === 'not-in' ? 'a list' : 'one value'}`);
    }
  }
  if (doc.calendar.hours.some((h) => h.start >= h.end)) problems.push('calendar: every interval must end after it starts');
  return problems;
}
