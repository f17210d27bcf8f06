import { KpiDefinition, KpiTarget } from './kpi-definition';

/**
 * A KPI's figure for a period from the sums of its days (R-SV-4), and how it stands against its target (R-SLA-8:
 * resolution >= 95 %, satisfaction >= 90 %, availability >= 97 %).
 */
export interface Figure {
  code: string;
  kind: KpiDefinition['kind'];
  /** A share (0..1) for ratio and availability, hours for a mean, points (-100..100) for nps; null when nothing counted. */
  value: number | null;
  numerator: number;
  denominator: number;
  target: KpiTarget | null;
  /** null: no target, or no value. */
  meetsTarget: boolean | null;
}

const round = (v: number, digits = 6) => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * `availability` divides downtime by the units under contract times the period's minutes (`capacityMinutes`):
 * the denominator of that KPI is the capacity, not a count of cases.
 */
export function figureOf(k: KpiDefinition, num: number, den: number, capacityMinutes: number | null): Figure {
  let value: number | null;
  let denominator = den;
  if (k.kind === 'availability') {
    denominator = capacityMinutes ?? 0;
    value = denominator > 0 ? round(1 - num / denominator) : null;
  } else if (den === 0) value = null;
  else if (k.kind === 'nps') value = round((100 * num) / den, 2);
  else value = round(num / den);
  return { code: k.code, kind: k.kind, value, numerator: round(num), denominator: round(denominator), target: k.target ?? null, meetsTarget: meets(k.target, value) };
}

export function meets(target: KpiTarget | undefined, value: number | null): boolean | null {
  if (!target || value === null) return null;
  return (target.min === undefined || value >= target.min - 1e-9) && (target.max === undefined || value <= target.max + 1e-9);
}

/** One line of what a new definition version changed in the history. */
export interface FigureChange {
  code: string;
  period: string;
  before: number | null;
  after: number | null;
  change: 'added' | 'removed' | 'changed';
}

/** Figures of two versions, keyed by `code|period`: what differs (a KPI only one version has is added or removed). */
export function figureChanges(before: Map<string, number | null>, after: Map<string, number | null>): FigureChange[] {
  const out: FigureChange[] = [];
  const split = (id: string) => {
    const [code, period] = id.split('|');
    return { code, period };
  };
  for (const [id, a] of after) {
    if (!before.has(id)) out.push({ ...split(id), before: null, after: a, change: 'added' });
    else if (before.get(id) !== a) out.push({ ...split(id), before: before.get(id) ?? null, after: a, change: 'changed' });
  }
  for (const [id, b] of before) if (!after.has(id)) out.push({ ...split(id), before: b, after: null, change: 'removed' });
  return out.sort((x, y) => x.period.localeCompare(y.period) || x.code.localeCompare(y.code));
}
