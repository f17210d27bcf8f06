import type { ServiceMode } from '@aftersales/contracts-core';

/** The shapes the entitlement rules work on (docs/domain.md R-WA-*). Dates are calendar dates (YYYY-MM-DD). */

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
  /** R-SLA-5: the SLA plan the product warranty runs on (a 7x24 hardware warranty: `emergency-7x24`); none: standard. */
  slaPlanCode?: string | null;
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

/**
 * What the customer gets: a free repair, a new unit after repeated repairs of one fault (R-WA-4), a return or
 * exchange (R-WA-3), or paid service (R-WA-2, R-DS-7).
 */
export type Remedy = 'free-repair' | 'replacement' | 'return-or-exchange' | 'exchange' | 'paid-service';
