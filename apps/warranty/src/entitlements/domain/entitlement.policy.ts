import { DateTime } from 'luxon';
import { evaluateExclusions, Diagnosis } from './exclusions.policy';
import { evaluateRepeatRepairs, PastRepair } from './repeat-repair.policy';
import { evaluateReturnExchange, ReturnExchangeRequest } from './return-exchange.policy';
import { contractSlaTerms, evaluateContract, evaluateSoftwareUpgrades, ServiceContractTerms, SlaTerms, unionCoverage } from './service-contract.policy';
import type { Coverage, Remedy, RuleOutcome, ServiceMode, UnitRecord, WarrantyPolicy } from './entitlement.types';

/** Pure entitlement rules (docs/domain.md R-WA-1..8): the whole decision, composed from one policy file per rule. */

export type * from './entitlement.types';

export interface DecisionEvidence {
  /** The instant decided for and its calendar date in the warranty time zone. */
  at: string;
  decidedFor: string;
  timeZone: string;
  serialNumber: string;
  unit: UnitRecord | null;
  policy: WarrantyPolicy | null;
  reported: { productModel: string | null; purchaseDate: string | null };
  contracts: ServiceContractTerms[];
  diagnosis: Diagnosis | null;
  repairHistory: PastRepair[];
  returnRequest: ReturnExchangeRequest | null;
}

export interface EntitlementDecision {
  /** Free service applies: the period (or a contract) covers the day and no exclusion was found. */
  inWarranty: boolean;
  remedy: Remedy;
  /** The model decided on: the registered unit's, else the one reported on the case. */
  productModel: string | null;
  /** The product warranty's own period (a contract's term is in `contract`). */
  warrantyStartsOn: string | null;
  warrantyEndsOn: string | null;
  coverage: Coverage;
  allowedServiceModes: ServiceMode[];
  /** The service contract in force (R-WA-6), whose SLA plan intake runs the case on. */
  contract: { contractId: string; contractNumber: string; tier: ServiceContractTerms['tier']; slaPlanCode: string; endsOn: string } | null;
  slaPlanCode: string | null;
  /** The contract's own SLA terms, when it carries them (R-WA-6). */
  slaTerms: SlaTerms | null;
  freeSoftwareUpgrades: boolean;
  /** Every rule evaluated, in order, with its outcome and why (R-WA-7). */
  rules: RuleOutcome[];
  evidence: DecisionEvidence;
}

export interface DecideInput {
  serialNumber: string;
  /** The registered unit, null when the serial is not registered. */
  unit: UnitRecord | null;
  /** The policy of the unit's model (or of the reported model for an unregistered unit); null when the model is unknown. */
  policy: WarrantyPolicy | null;
  /** What the customer reported on the case; used only where nothing is registered. */
  reported: { productModel: string | null; purchaseDate: string | null };
  /** The instant the decision is for (the case's opening). */
  at: Date;
  /** Warranty days end at midnight in this zone (the seller's), not in UTC. */
  timeZone: string;
  /** The unit's service contracts, in force or not (R-WA-6). */
  contracts?: readonly ServiceContractTerms[];
  /** The engineer's diagnosis, once there is one (R-WA-2, R-WA-3 DOA, R-WA-4). */
  diagnosis?: Diagnosis | null;
  /** Earlier repairs of this unit on other cases (R-WA-4). */
  repairHistory?: readonly PastRepair[];
  /** The customer asks to return or exchange the unit (R-WA-3). */
  returnRequest?: ReturnExchangeRequest | null;
}

const NO_COVER: Coverage = { parts: false, labour: false, onSite: false, travel: false };
const OUT_OF_WARRANTY_MODES: ServiceMode[] = ['phone', 'remote', 'paid-service', 'carry-in'];

/** The calendar date of an instant in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  const date = DateTime.fromJSDate(at, { zone: timeZone });
  if (!date.isValid) throw new RangeError(`cannot place ${at.toISOString()} in time zone ${timeZone}: ${date.invalidExplanation}`);
  return date.toISODate();
}

/**
 * The last covered day of a warranty of `months` starting on (and including) `start`: the day before the same day
 * N months later (2026-03-02 + 12 months ends 2027-03-01). Where that month has no such day, the period ends on
 * its last day (2024-01-31 + 1 month ends 2024-02-29), as the Civil Code counts month periods (art. 202).
 */
export function warrantyEnd(start: string, months: number): string {
  const from = DateTime.fromISO(start, { zone: 'UTC' });
  if (!from.isValid) throw new RangeError(`not a calendar date: ${start}`);
  const sameDay = from.plus({ months }); // luxon clamps a missing day to the month's last day
  return (sameDay.day === from.day ? sameDay.minus({ days: 1 }) : sameDay).toISODate() as string;
}

/** Modes the customer may be served in (R-DS-1): free ones in warranty, paid service outside it (R-WA-2, R-DS-7). */
export function allowedServiceModes(inWarranty: boolean, coverage: Coverage): ServiceMode[] {
  if (!inWarranty) return [...OUT_OF_WARRANTY_MODES];
  return ['phone', 'remote', ...(coverage.onSite ? (['on-site'] as const) : []), 'carry-in', 'mail-in'];
}

/** The modes for a remedy: a return, exchange or replacement adds the return/exchange mode to what the cover allows. */
export function serviceModesFor(remedy: Remedy, coverage: Coverage): ServiceMode[] {
  if (remedy === 'paid-service') return allowedServiceModes(false, coverage);
  if (remedy === 'free-repair') return allowedServiceModes(true, coverage);
  return ['phone', 'return-exchange', ...(coverage.onSite ? (['on-site'] as const) : []), 'carry-in', 'mail-in'];
}

/**
 * R-WA-5: when the warranty starts, from the policy's basis and the proof at hand. Without a warranty card the
 * completion (final acceptance, for an acceptance-based policy) or delivery date is the start when it is known; an
 * unregistered unit starts at the purchase date the customer reports.
 */
export function warrantyStart(policy: WarrantyPolicy, unit: UnitRecord | null, reportedPurchaseDate: string | null): { start: string | null; rule: RuleOutcome } {
  const rule = (outcome: RuleOutcome['outcome'], detail: string): RuleOutcome => ({ rule: 'R-WA-5', outcome, detail });
  if (unit) {
    if (unit.proofType !== 'warranty-card') {
      const completion = policy.startBasis === 'acceptance' && unit.acceptanceDate ? { date: unit.acceptanceDate, what: 'acceptance' } : null;
      const byCompletion = completion ?? (unit.deliveryDate ? { date: unit.deliveryDate, what: 'delivery' } : null);
      if (byCompletion) {
        return { start: byCompletion.date, rule: rule('passed', `no warranty card (proof: ${unit.proofType}): the warranty starts at ${byCompletion.what}, ${byCompletion.date}`) };
      }
    }
    const byBasis = { purchase: unit.purchaseDate, delivery: unit.deliveryDate, acceptance: unit.acceptanceDate }[policy.startBasis];
    if (byBasis) {
      return { start: byBasis, rule: rule('passed', `registered ${policy.startBasis} date ${byBasis} (proof: ${unit.proofType}) starts the warranty`) };
    }
    if (policy.startBasis === 'purchase' && reportedPurchaseDate) {
      return { start: reportedPurchaseDate, rule: rule('passed', `no registered purchase date: ${reportedPurchaseDate} as reported on the case, proof to be checked`) };
    }
    return { start: null, rule: rule('failed', `unit ${unit.serialNumber} has no registered ${policy.startBasis} date${unit.proofType === 'warranty-card' ? '' : ' nor delivery date'}: the warranty start is not proven`) };
  }
  if (reportedPurchaseDate) {
    return { start: reportedPurchaseDate, rule: rule('passed', `unit not registered: purchase date ${reportedPurchaseDate} as reported on the case, proof to be checked`) };
  }
  return { start: null, rule: rule('failed', 'unit not registered and no purchase date reported: the warranty start is not proven') };
}

function describePolicy(p: WarrantyPolicy): string {
  const covered = (['parts', 'labour', 'onSite', 'travel'] as const).filter((k) => p.coverage[k]).map((k) => (k === 'onSite' ? 'on-site' : k));
  return `${p.modelCode}: ${p.warrantyMonths} months from ${p.startBasis}, covering ${covered.join(', ') || 'nothing'}`;
}

/**
 * The explained decision: is this unit entitled to free service at `at`, and to what remedy? Unknown units and
 * models are decided, not errors. The rules run in a fixed order and every one is recorded (R-WA-7): R-WA-1 policy,
 * R-WA-5 start, R-WA-1 period, R-WA-6 contract, R-WA-2 exclusions, R-WA-3 return/exchange, R-WA-4 repeat repairs,
 * R-WA-8 software upgrades.
 */
export function decideEntitlement(input: DecideInput): EntitlementDecision {
  const decidedFor = localDate(input.at, input.timeZone);
  const productModel = input.unit?.modelCode ?? input.reported.productModel ?? null;
  const contracts = [...(input.contracts ?? [])];
  const diagnosis = input.diagnosis ?? null;
  const repairHistory = [...(input.repairHistory ?? [])];
  const returnRequest = input.returnRequest ?? null;
  const rules: RuleOutcome[] = [];
  const evidence: DecisionEvidence = {
    at: input.at.toISOString(),
    decidedFor,
    timeZone: input.timeZone,
    serialNumber: input.serialNumber,
    unit: input.unit,
    policy: input.policy,
    reported: input.reported,
    contracts,
    diagnosis,
    repairHistory,
    returnRequest,
  };

  // R-WA-1, R-WA-5: the product warranty's own period.
  let start: string | null = null;
  let end: string | null = null;
  let baseCovered = false;
  if (!input.policy) {
    rules.push({
      rule: 'R-WA-1',
      outcome: 'failed',
      detail: productModel ? `product model ${productModel} is not known: no warranty policy applies` : 'no product model known for this unit: no warranty policy applies',
    });
  } else {
    rules.push({ rule: 'R-WA-1', outcome: 'passed', detail: `policy ${describePolicy(input.policy)}` });
    const started = warrantyStart(input.policy, input.unit, input.reported.purchaseDate);
    rules.push(started.rule);
    start = started.start;
    if (start) {
      end = warrantyEnd(start, input.policy.warrantyMonths);
      baseCovered = decidedFor >= start && decidedFor <= end;
      const why = baseCovered ? 'covers' : decidedFor < start ? 'has not started on' : 'ended before';
      rules.push({ rule: 'R-WA-1', outcome: baseCovered ? 'passed' : 'failed', detail: `warranty from ${start} to ${end} inclusive (${input.timeZone}) ${why} ${decidedFor}` });
    }
  }

  // R-WA-6: a service contract in force covers the day on its own terms, with its own SLA plan.
  const { contract, rule: contractRule } = evaluateContract(contracts, decidedFor);
  rules.push(contractRule);
  const periodCovered = baseCovered || contract !== null;
  let coverage = NO_COVER;
  if (baseCovered && input.policy) coverage = input.policy.coverage;
  if (contract) coverage = unionCoverage(coverage, contract.coverage);

  // R-WA-2: the diagnosis may exclude the fault.
  const exclusion = evaluateExclusions(diagnosis);
  rules.push(exclusion.rule);

  // R-WA-3: 7-day return, 15-day exchange, DOA unconditionally.
  const returned = evaluateReturnExchange({
    request: returnRequest,
    purchaseDate: input.unit?.purchaseDate ?? input.reported.purchaseDate ?? null,
    decidedFor,
    defectiveOnArrival: diagnosis?.defectiveOnArrival ?? false,
    excluded: exclusion.excluded,
  });
  rules.push(returned.rule);

  // R-WA-4: one fault back after three repairs within the period is a replacement (not the third repair itself).
  const period = baseCovered && start && end ? { start, end } : contract ? { start: contract.startsOn, end: contract.endsOn } : null;
  const repeat = evaluateRepeatRepairs({ faultCode: diagnosis?.faultCode ?? null, history: repairHistory, warranty: periodCovered ? period : null });
  rules.push(repeat.rule);

  // R-WA-8: free software upgrades within the contract term.
  const upgrades = evaluateSoftwareUpgrades(contract);
  rules.push(upgrades.rule);

  const inWarranty = periodCovered && !exclusion.excluded;
  const remedy: Remedy = returned.remedy ?? (!inWarranty ? 'paid-service' : repeat.replace ? 'replacement' : 'free-repair');
  if (!inWarranty) coverage = NO_COVER;
  return {
    inWarranty,
    remedy,
    productModel,
    warrantyStartsOn: start,
    warrantyEndsOn: end,
    coverage,
    allowedServiceModes: serviceModesFor(remedy, coverage),
    contract: contract
      ? { contractId: contract.contractId, contractNumber: contract.contractNumber, tier: contract.tier, slaPlanCode: contract.slaPlanCode, endsOn: contract.endsOn }
      : null,
    // R-WA-6 the contract's plan; else, while the product warranty covers the day, the model policy's (R-SLA-5: a
    // 7x24 hardware warranty runs on the fault-emergency plan).
    slaPlanCode: contract?.slaPlanCode ?? (baseCovered ? (input.policy?.slaPlanCode ?? null) : null),
    slaTerms: contractSlaTerms(contract),
    freeSoftwareUpgrades: upgrades.free,
    rules,
    evidence,
  };
}
