import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Coverage, DecisionEvidence, Remedy, RuleOutcome, ServiceMode } from '../domain/entitlement.policy';
import type { Diagnosis } from '../domain/exclusions.policy';
import type { ReturnExchangeRequest } from '../domain/return-exchange.policy';
import type { SlaTerms } from '../domain/service-contract.policy';

/** A stored decision for a case, with every rule evaluated and the evidence used (R-WA-7). */
@Entity({ name: 'entitlement_decisions' })
export class EntitlementDecisionEntity {
  @PrimaryColumn('uuid') id!: string;
  /** One decision per case: a replayed case.opened finds it and decides nothing twice. */
  @Column({ name: 'case_id', type: 'uuid', unique: true }) caseId!: string;
  @Column({ name: 'serial_number' }) serialNumber!: string;
  @Column({ name: 'product_model' }) productModel!: string;
  @Column({ name: 'in_warranty' }) inWarranty!: boolean;
  @Column({ type: 'text' }) remedy!: Remedy;
  /** The service contract in force (R-WA-6), whose SLA plan code is `slaPlanCode`. */
  @Column({ name: 'contract_id', type: 'uuid', nullable: true }) contractId!: string | null;
  @Column({ name: 'warranty_starts_on', type: 'date', nullable: true }) warrantyStartsOn!: string | null;
  @Column({ name: 'warranty_ends_on', type: 'date', nullable: true }) warrantyEndsOn!: string | null;
  @Column({ type: 'jsonb' }) coverage!: Coverage;
  @Column({ name: 'allowed_service_modes', type: 'jsonb' }) allowedServiceModes!: ServiceMode[];
  @Column({ name: 'sla_plan_code', type: 'text', nullable: true }) slaPlanCode!: string | null;
  /** The contract's own SLA terms, when it carries them (R-WA-6). */
  @Column({ name: 'sla_terms', type: 'jsonb', nullable: true }) slaTerms!: SlaTerms | null;
  @Column({ type: 'jsonb' }) rules!: RuleOutcome[];
  @Column({ type: 'jsonb' }) evidence!: DecisionEvidence;
  /** Evidence added after the case opened (R-WA-2, R-WA-3, R-WA-4); the decision was re-evaluated with it. */
  @Column({ type: 'jsonb', nullable: true }) diagnosis!: (Diagnosis & { workOrderId: string | null }) | null;
  @Column({ name: 'return_request', type: 'jsonb', nullable: true }) returnRequest!: ReturnExchangeRequest | null;
  /** The instant decided for (the case's opening), and when the decision was made. */
  @Column({ name: 'decided_for', type: 'timestamptz' }) decidedFor!: Date;
  @Column({ name: 'decided_at', type: 'timestamptz' }) decidedAt!: Date;
  @Column({ type: 'int' }) version!: number;
}
