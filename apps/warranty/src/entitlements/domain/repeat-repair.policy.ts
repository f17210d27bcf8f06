import { isWithin } from './calendar-days';
import type { RuleOutcome } from './entitlement.types';

/**
 * R-WA-4 (连续三次修理仍无法正常使用): the same quality fault repaired three times within the warranty period and
 * still not working is replaced with a new unit. The trigger is the fault coming back after the third repair (the
 * fourth report of it), not the third repair: three earlier repairs of the fault, then it is reported again.
 */
export const REPAIRS_BEFORE_REPLACEMENT = 3;

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
  const same = input.history
    .filter((r) => r.faultCode === input.faultCode && isWithin(r.repairedOn, start, end))
    .sort((a, b) => a.repairedOn.localeCompare(b.repairedOn) || a.caseId.localeCompare(b.caseId));
  // The decision names every repair it counted: the case and the day (R-WA-4 evidence).
  const counted = same.length === 0 ? 'no earlier repair' : `${same.length} earlier repair(s): ${same.map((r) => `case ${r.caseId} on ${r.repairedOn}`).join(', ')}`;
  if (same.length >= REPAIRS_BEFORE_REPLACEMENT) {
    return {
      replace: true,
      rule: rule('passed', `fault ${input.faultCode} came back after ${same.length} repairs within the warranty period (${start} to ${end}); counted ${counted}: replace with a new unit of the same model`),
    };
  }
  return {
    replace: false,
    rule: rule('failed', `fault ${input.faultCode}: counted ${counted} within the warranty period (${start} to ${end}); replacement is owed when it comes back after ${REPAIRS_BEFORE_REPLACEMENT} repairs: repair (this is repair ${same.length + 1})`),
  };
}
