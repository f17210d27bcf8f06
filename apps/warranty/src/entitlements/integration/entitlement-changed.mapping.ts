import { EntitlementChangedV1Data } from '@aftersales/contracts-warranty';
import { EntitlementDecision } from '../domain/entitlement.policy';
import { EntitlementDecisionEntity } from '../infrastructure/entitlement-decision.entity';

type Outcome = EntitlementChangedV1Data['previous'];

/**
 * entitlement.changed.v1: what the customer got before and gets now, the rule that made the difference and the
 * diagnosis it was made on (R-WA-7).
 */
export function entitlementChangedData(row: EntitlementDecisionEntity, decision: EntitlementDecision, previous: Outcome, current: Outcome): EntitlementChangedV1Data {
  const diagnosis = row.diagnosis;
  const reason = decision.rules.find((r) => r.outcome !== 'not-applicable' && decidesRemedy(r.rule, decision)) ?? decision.rules[decision.rules.length - 1];
  return {
    decisionId: row.id,
    caseId: row.caseId,
    serialNumber: row.serialNumber,
    previous,
    current: { ...current, coverage: decision.coverage },
    reason: `${reason.rule}: ${reason.detail}`,
    evidence: {
      faultCode: diagnosis?.faultCode ?? null,
      cause: diagnosis?.cause ?? null,
      defectiveOnArrival: diagnosis?.defectiveOnArrival ?? false,
      workOrderId: diagnosis?.workOrderId ?? null,
    },
    rules: decision.rules,
    changedAt: row.decidedAt.toISOString(),
  };
}

/** The rule behind the remedy: R-WA-3 for a return or exchange, R-WA-4 for a replacement, R-WA-2 for an exclusion. */
function decidesRemedy(rule: string, d: EntitlementDecision): boolean {
  if (d.remedy === 'return-or-exchange' || d.remedy === 'exchange') return rule === 'R-WA-3';
  if (d.remedy === 'replacement') return rule === 'R-WA-4';
  return rule === 'R-WA-2';
}
