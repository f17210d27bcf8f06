import { BusinessCalendar, businessTimeBetween, chinaOfficialSchedule, defineCalendar, WEEKDAYS } from '@aftersales/platform-calendar';
import { CaseFacts, engineerOf, isResolved, visitsOf } from './case-facts';
import { BREACHED_FACT, Condition, KpiCalendar, KpiDefinition, KpiDefinitionDocument } from './kpi-definition';
import { localDay, minutesByDay } from './periods';

/**
 * How a case counts in the KPIs (R-SV-4): for each KPI of a definition, a numerator and a denominator on the local
 * day of its anchor, under each dimension the case belongs to. The projection stores the sums per day and, again, per
 * month (grain): a month is read from one row per key and KPI, a week or a day from its days. A case that changes moves its counts: the projection applies the difference
 * between the case's contributions before and after.
 */
export const DIMENSIONS = ['all', 'engineer', 'branch', 'product-model', 'customer', 'contract'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
/** The key of the `all` dimension. */
export const ALL = '*';

export type Grain = 'day' | 'month';

export interface Contribution {
  kpi: string;
  dimension: Dimension;
  key: string;
  grain: Grain;
  /** The local day; for the month grain, the first day of the month. */
  day: string;
  num: number;
  den: number;
}

export function dimensionKeys(c: CaseFacts): [Dimension, string][] {
  const keys: [Dimension, string | null][] = [
    ['all', ALL],
    ['engineer', engineerOf(c)],
    ['branch', c.branch],
    ['product-model', c.productModel],
    ['customer', c.customerId],
    ['contract', c.contractId],
  ];
  return keys.filter((k): k is [Dimension, string] => k[1] !== null);
}

/** The value of a fact a condition tests. */
export function factValue(c: CaseFacts, fact: string): string | number | boolean | null {
  const breached = BREACHED_FACT.exec(fact);
  if (breached) return c.breaches.some((b) => b.clock === breached[1]);
  switch (fact) {
    case 'resolved':
      return isResolved(c);
    case 'closed':
      return c.closedAt !== null && isResolved(c) && c.closedAt >= (c.resolvedAt as string);
    case 'reopened':
      return c.reopenedAt !== null;
    case 'category':
      return c.category;
    case 'priority':
      return c.priority;
    case 'channel':
      return c.channel;
    case 'contracted':
      return c.contractId !== null;
    case 'csat':
      return c.csat;
    case 'nps':
      return c.nps;
    case 'visits':
      return visitsOf(c);
    case 'hasWorkOrder':
      return c.workOrders.length > 0;
    case 'isRepeat':
      return c.repeatOfCaseId !== null;
    case 'repeatedLater':
      return c.repeatedByCaseIds.length > 0;
    case 'complaints':
      return c.complaintIds.length;
    case 'breachedAny':
      return c.breaches.length > 0;
    default:
      return null;
  }
}

/** A condition on an unknown value (a case without a category, say) is false, except `ne` and `not-in`. */
export function holds(c: CaseFacts, cond: Condition): boolean {
  const v = factValue(c, cond.fact);
  const list = Array.isArray(cond.value) ? (cond.value as (string | number)[]) : [];
  switch (cond.op) {
    case 'eq':
      return v === cond.value;
    case 'ne':
      return v !== cond.value;
    case 'in':
      return v !== null && typeof v !== 'boolean' && list.includes(v);
    case 'not-in':
      return v === null || typeof v === 'boolean' || !list.includes(v);
    case 'gt':
      return typeof v === 'number' && v > (cond.value as number);
    case 'gte':
      return typeof v === 'number' && v >= (cond.value as number);
    case 'lt':
      return typeof v === 'number' && v < (cond.value as number);
    case 'lte':
      return typeof v === 'number' && v <= (cond.value as number);
  }
}

const allHold = (c: CaseFacts, conds: Condition[]) => conds.every((cond) => holds(c, cond));

/** The business calendar of a definition, in the reporting zone. */
export function kpiCalendar(cal: KpiCalendar, zone: string): BusinessCalendar {
  const days = cal.days === 'all' ? WEEKDAYS : WEEKDAYS.slice(0, 5);
  const official = cal.chinaOfficialHolidays ? chinaOfficialSchedule() : { holidays: [], makeUpWorkdays: [] };
  return defineCalendar({
    id: 'kpi',
    timeZone: zone,
    versions: [{ effectiveFrom: null, weekly: Object.fromEntries(days.map((d) => [d, cal.hours])), ...official }],
  });
}

function measure(c: CaseFacts, k: KpiDefinition, doc: KpiDefinitionDocument, calendar: BusinessCalendar): number | null {
  if (!c.openedAt || !isResolved(c)) return null;
  const from = new Date(c.openedAt);
  const to = new Date(c.resolvedAt as string);
  if (k.measure === 'hoursToResolution') return Math.max(0, to.getTime() - from.getTime()) / 3_600_000;
  const pauses = doc.calendar.pauseWhileWaitingOnCustomer ? c.waits.map((w) => ({ start: new Date(w.from), end: w.to ? new Date(w.to) : null })) : [];
  return businessTimeBetween(calendar, from, to, pauses) / 3_600_000;
}

/** Per KPI and local day, what one case adds (before the dimensions). */
function caseCounts(c: CaseFacts, doc: KpiDefinitionDocument, zone: string, calendar: BusinessCalendar): Omit<Contribution, 'dimension' | 'key' | 'grain'>[] {
  const out: Omit<Contribution, 'dimension' | 'key' | 'grain'>[] = [];
  const days = new Map<string, string>();
  const dayOf = (at: string): string => {
    const known = days.get(at);
    if (known) return known;
    const day = localDay(at, zone);
    days.set(at, day);
    return day;
  };
  for (const k of doc.kpis) {
    if (!allHold(c, k.eligible)) continue;
    if (k.kind === 'availability') {
      // Downtime of a unit under contract: from the case's opening to its resolution, cut at local midnights.
      if (!c.contractId || !c.openedAt || !isResolved(c)) continue;
      for (const d of minutesByDay(new Date(c.openedAt), new Date(c.resolvedAt as string), zone)) out.push({ kpi: k.code, day: d.day, num: d.minutes, den: 0 });
      continue;
    }
    const anchor = c[k.anchor];
    if (!anchor) continue;
    const day = dayOf(anchor);
    if (k.kind === 'ratio') {
      out.push({ kpi: k.code, day, num: allHold(c, k.success ?? []) ? 1 : 0, den: 1 });
    } else if (k.kind === 'mean') {
      const v = measure(c, k, doc, calendar);
      if (v !== null) out.push({ kpi: k.code, day, num: v, den: 1 });
    } else {
      const score = c.nps;
      if (score === null) continue;
      out.push({ kpi: k.code, day, num: score >= (k.promoterMin as number) ? 1 : score <= (k.detractorMax as number) ? -1 : 0, den: 1 });
    }
  }
  return out;
}

const cellKey = (x: { kpi: string; dimension: string; key: string; grain: string; day: string }) =>
  `${x.kpi}\u0000${x.dimension}\u0000${x.grain}\u0000${x.key}\u0000${x.day}`;

/** Everything a case adds to the projection, summed per cell. */
export function contributions(c: CaseFacts, doc: KpiDefinitionDocument, zone: string, calendar: BusinessCalendar): Map<string, Contribution> {
  const cells = new Map<string, Contribution>();
  const dims = dimensionKeys(c);
  for (const count of caseCounts(c, doc, zone, calendar)) {
    for (const [dimension, key] of dims) {
      for (const cell of [
        { ...count, dimension, key, grain: 'day' as const },
        { ...count, dimension, key, grain: 'month' as const, day: `${count.day.slice(0, 8)}01` },
      ]) {
        const id = cellKey(cell);
        const had = cells.get(id);
        if (had) {
          had.num += cell.num;
          had.den += cell.den;
        } else cells.set(id, cell);
      }
    }
  }
  return cells;
}

/** What a change of a case does to the projection: only the cells whose counts moved. */
export function contributionDelta(before: Map<string, Contribution>, after: Map<string, Contribution>): Contribution[] {
  const out: Contribution[] = [];
  for (const [id, a] of after) {
    const b = before.get(id);
    const num = a.num - (b?.num ?? 0);
    const den = a.den - (b?.den ?? 0);
    if (num !== 0 || den !== 0) out.push({ ...a, num, den });
  }
  for (const [id, b] of before) if (!after.has(id)) out.push({ ...b, num: -b.num, den: -b.den });
  // One order for every writer: concurrent transactions lock the cells in the same order.
  return out.sort((x, y) => cellKey(x).localeCompare(cellKey(y)));
}
