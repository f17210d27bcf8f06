/** The breach register joined with the case it is about (branch and engineer as the case stands now). */
export const BREACH_FROM = `kpi_breaches b LEFT JOIN kpi_cases c ON c.case_id = b.case_id`;
export const BREACH_BRANCH = `(c.facts->>'branch')`;
export const BREACH_ENGINEER = `COALESCE(c.facts->>'workOrderEngineer', c.facts->>'caseAssignee')`;

export interface BreachFilter {
  from: string;
  to: string;
  clock?: string;
  priority?: string;
  branch?: string;
  engineer?: string;
}

/** WHERE clause and parameters of the filters, numbered from $1. */
export function breachWhere(f: BreachFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [f.from, f.to];
  const parts = ['b.day >= $1', 'b.day <= $2'];
  const add = (expr: string, value: string | undefined) => {
    if (value === undefined) return;
    params.push(value);
    parts.push(`${expr} = $${params.length}`);
  };
  add('b.clock', f.clock);
  add('b.priority', f.priority);
  add(BREACH_BRANCH, f.branch);
  add(BREACH_ENGINEER, f.engineer);
  return { sql: parts.join(' AND '), params };
}
