import type { RuleOutcome } from './entitlement.types';

/** What the engineer found caused the fault (the diagnosis, 确诊). */
export const FAULT_CAUSES = [
  'product-defect',
  'wear',
  'unknown',
  'human-damage',
  'accidental-damage',
  'unauthorised-modification',
  'unauthorised-repair',
  'misuse',
] as const;
export type FaultCause = (typeof FAULT_CAUSES)[number];

/** R-WA-2: causes that take a fault out of warranty and make it paid service (R-DS-7). */
export const EXCLUDED_CAUSES: readonly FaultCause[] = ['human-damage', 'accidental-damage', 'unauthorised-modification', 'unauthorised-repair', 'misuse'];

const WHY: Record<FaultCause, string> = {
  'product-defect': 'a product defect',
  wear: 'normal wear',
  unknown: 'an undetermined cause',
  'human-damage': 'human damage',
  'accidental-damage': 'accidental damage',
  'unauthorised-modification': 'an unauthorised modification',
  'unauthorised-repair': 'an unauthorised repair',
  misuse: 'use against the manual',
};

/** The engineer's diagnosis, the evidence R-WA-2, R-WA-3 (DOA) and R-WA-4 are decided from. */
export interface Diagnosis {
  faultCode: string;
  cause: FaultCause;
  /** Defective on arrival (残次品): found broken at first use. */
  defectiveOnArrival: boolean;
  diagnosedAt: string;
  /** Who diagnosed, for the explanation. */
  by: string | null;
}

export function isExcludedCause(cause: FaultCause): boolean {
  return EXCLUDED_CAUSES.includes(cause);
}

/** R-WA-2: is the diagnosed cause excluded from warranty? Without a diagnosis nothing is excluded yet. */
export function evaluateExclusions(diagnosis: Diagnosis | null): { excluded: boolean; rule: RuleOutcome } {
  if (!diagnosis) return { excluded: false, rule: { rule: 'R-WA-2', outcome: 'not-applicable', detail: 'no diagnosis yet: no exclusion found' } };
  const what = `diagnosis of fault ${diagnosis.faultCode}${diagnosis.by ? ` by ${diagnosis.by}` : ''} on ${diagnosis.diagnosedAt}`;
  if (isExcludedCause(diagnosis.cause)) {
    return { excluded: true, rule: { rule: 'R-WA-2', outcome: 'failed', detail: `${what} found ${WHY[diagnosis.cause]}: excluded from warranty, paid service` } };
  }
  return { excluded: false, rule: { rule: 'R-WA-2', outcome: 'passed', detail: `${what} found ${WHY[diagnosis.cause]}: no exclusion applies` } };
}
