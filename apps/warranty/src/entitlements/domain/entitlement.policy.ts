import { DateTime } from 'luxon';
import type { ServiceMode } from '@aftersales/contracts-core';

/** Pure entitlement rules (DOMAIN.md R-WA-1, R-WA-5, R-WA-7). Dates are calendar dates (YYYY-MM-DD). */

export type StartBasis = 'purchase' | 'delivery' | 'acceptance';
export type ProofType = 'invoice' | 'warranty-card' | 'none';
export type { ServiceMode };

export interface Coverage {
  parts: boolean;
  labour: boolean;
  onSite: boolean;
  travel: boolean;
}

/** A product model's warranty policy (R-WA-1). */
export interface WarrantyPolicy {
  modelCode: string;
  warrantyMonths: number;
  startBasis: StartBasis;
  coverage: Coverage;
}

/** A registered unit's dates and proof (R-WA-5). */
export interface UnitRecord {
  serialNumber: string;
  modelCode: string;
  purchaseDate: string | null;
  deliveryDate: string | null;
  acceptanceDate: string | null;
  proofType: ProofType;
}

export interface RuleOutcome {
  rule: string;
  outcome: 'passed' | 'failed' | 'not-applicable';
  detail: string;
}

/** What the decision was made from (R-WA-7), stored with it. */
export interface DecisionEvidence {
  /** The instant decided for and its calendar date in the warranty time zone. */
  at: string;
  decidedFor: string;
  timeZone: string;
  serialNumber: string;
  unit: UnitRecord | null;
  policy: WarrantyPolicy | null;
  reported: { productModel: string | null; purchaseDate: string | null };
}

export interface EntitlementDecision {
  inWarranty: boolean;
  /** The model decided on: the registered unit's, else the one reported on the case. */
  productModel: string | null;
  warrantyStartsOn: string | null;
  warrantyEndsOn: string | null;
  coverage: Coverage;
  allowedServiceModes: ServiceMode[];
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

/** The explained decision: is this unit entitled to free service at `at`? Unknown units and models are decided, not errors. */
export function decideEntitlement(input: DecideInput): EntitlementDecision {
  const decidedFor = localDate(input.at, input.timeZone);
  const productModel = input.unit?.modelCode ?? input.reported.productModel ?? null;
  const rules: RuleOutcome[] = [];
  const evidence: DecisionEvidence = {
    at: input.at.toISOString(),
    decidedFor,
    timeZone: input.timeZone,
    serialNumber: input.serialNumber,
    unit: input.unit,
    policy: input.policy,
    reported: input.reported,
  };
  const outOfWarranty = (start: string | null = null, end: string | null = null): EntitlementDecision => ({
    inWarranty: false,
    productModel,
    warrantyStartsOn: start,
    warrantyEndsOn: end,
    coverage: NO_COVER,
    allowedServiceModes: allowedServiceModes(false, NO_COVER),
    rules,
    evidence,
  });

  if (!input.policy) {
    rules.push({
      rule: 'R-WA-1',
      outcome: 'failed',
      detail: productModel ? `product model ${productModel} is not known: no warranty policy applies` : 'no product model known for this unit: no warranty policy applies',
    });
    return outOfWarranty();
  }
  rules.push({ rule: 'R-WA-1', outcome: 'passed', detail: `policy ${describePolicy(input.policy)}` });

  const { start, rule } = warrantyStart(input.policy, input.unit, input.reported.purchaseDate);
  rules.push(rule);
  if (!start) return outOfWarranty();

  const end = warrantyEnd(start, input.policy.warrantyMonths);
  const covered = decidedFor >= start && decidedFor <= end;
  const why = covered ? 'covers' : decidedFor < start ? 'has not started on' : 'ended before';
  rules.push({
    rule: 'R-WA-1',
    outcome: covered ? 'passed' : 'failed',
    detail: `warranty from ${start} to ${end} inclusive (${input.timeZone}) ${why} ${decidedFor}`,
  });
  if (!covered) return outOfWarranty(start, end);
  return {
    inWarranty: true,
    productModel,
    warrantyStartsOn: start,
    warrantyEndsOn: end,
    coverage: input.policy.coverage,
    allowedServiceModes: allowedServiceModes(true, input.policy.coverage),
    rules,
    evidence,
  };
}
