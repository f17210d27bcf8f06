import { isWithin } from './calendar-days';
import type { RuleOutcome } from './entitlement.types';

/** R-WA-4: the third repair of the same fault within the warranty period is a replacement with a new unit instead. */
export const REPAIRS_BEFORE_REPLACEMENT = 2;

/** An earlier repair of this unit, on another case. */
export interface PastRepair {
  caseId: string;
  faultCode: string;
  repairedOn: string;
}

export function evaluateRepeatRepairs(input: {
  faultCode: string | null;
  history: readonly PastRepair[];
  warranty: { start: string; end: string } | null;
}): { replace: boolean; rule: RuleOutcome } {
  const rule = (outcome: RuleOutcome['outcome'], detail: string): RuleOutcome => ({ rule: 'R-WA-4', outcome, detail });
  if (!input.faultCode) return { replace: false, rule: rule('not-applicable', 'no diagnosed fault yet: repeat repairs cannot be counted') };
  if (!input.warranty) return { replace: false, rule: rule('not-applicable', 'no warranty period: repeat repairs are not replaced') };
  const { start, end } = input.warranty;
  const same = input.history.filter((r) => r.faultCode === input.faultCode && isWithin(r.repairedOn, start, end));
  const earlier = same.length === 0 ? 'no earlier repair' : `${same.length} earlier repair(s) on ${same.map((r) => r.repairedOn).sort().join(', ')}`;
  if (same.length >= REPAIRS_BEFORE_REPLACEMENT) {
    return { replace: true, rule: rule('passed', `fault ${input.faultCode}: ${earlier} within the warranty period: this is repair ${same.length + 1}, replace with a new unit of the same model`) };
  }
  return { replace: false, rule: rule('failed', `fault ${input.faultCode}: ${earlier} within the warranty period (${start} to ${end}): repair`) };
}
