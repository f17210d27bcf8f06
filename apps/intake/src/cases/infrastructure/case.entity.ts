import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PriorityLevel } from '@aftersales/contracts-core';
import type { CaseChannel, PurchaseProof } from '@aftersales/contracts-intake';
import type { ContractSlaTerms } from '@aftersales/contracts-warranty';
import type { CaseComplainant } from '../../complainants/domain/complainant.policy';
import type { CaseCategory } from '../domain/case-category';
import type { CaseStatus } from '../domain/case-lifecycle';
import type { CaseRma } from '../domain/case-rma.projection';
import type { ServiceMode } from '../domain/service-mode.policy';

export interface CaseContact {
  name: string;
  phone?: string;
  email?: string;
}

export interface CaseEntitlement {
  decisionId: string;
  inWarranty: boolean;
  allowedServiceModes: ServiceMode[];
  slaPlanCode: string | null;
  /** A service contract's own targets and calendar (R-WA-6), when it carries them: they run the case's clocks. */
  slaTerms?: ContractSlaTerms | null;
  warrantyEndsOn: string | null;
}

@Entity({ name: 'cases' })
export class CaseEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'case_number', unique: true }) caseNumber!: string;
  @Column({ type: 'text' }) channel!: CaseChannel;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId!: string;
  /** PII: stays in intake; never in events or logs (R-IN-8). */
  @Column({ type: 'jsonb' }) contact!: CaseContact;
  @Column({ name: 'product_model' }) productModel!: string;
  @Column({ name: 'serial_number' }) serialNumber!: string;
  @Column({ name: 'purchase_date', type: 'date', nullable: true }) purchaseDate!: string | null;
  @Column({ name: 'purchase_proof', type: 'text', nullable: true }) purchaseProof!: PurchaseProof | null;
  @Column({ name: 'purchase_proof_reference', type: 'text', nullable: true }) purchaseProofReference!: string | null;
  @Column({ type: 'text' }) symptoms!: string;
  @Column({ name: 'occurred_at', type: 'timestamptz', nullable: true }) occurredAt!: Date | null;
  @Column({ name: 'steps_to_reproduce', type: 'text', nullable: true }) stepsToReproduce!: string | null;
  @Column({ type: 'text' }) category!: CaseCategory;
  /** R-IN-4: common or difficult (常见/疑难), null until classified. */
  @Column({ type: 'text', nullable: true }) difficulty!: 'common' | 'difficult' | null;
  @Column({ type: 'text' }) priority!: PriorityLevel;
  @Column({ type: 'text' }) status!: CaseStatus;
  @Column({ name: 'site_id', type: 'uuid', nullable: true }) siteId!: string | null;
  @Column({ type: 'text', nullable: true }) region!: string | null;
  /** The branch working the case (from dispatch's assignment): its staff read it (R-IN-8). */
  @Column({ name: 'branch_code', type: 'text', nullable: true }) branchCode!: string | null;
  @Column({ type: 'jsonb', nullable: true }) entitlement!: CaseEntitlement | null;
  /** rma-inventory's RMAs for the case, as its events report them (on-rma-progress.handler.ts). */
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" }) rmas!: CaseRma[];
  /** How the field work was requested (R-DS-1), null until dispatch is requested. */
  @Column({ name: 'service_mode', type: 'text', nullable: true }) serviceMode!: ServiceMode | null;
  @Column({ name: 'work_order_id', type: 'uuid', nullable: true }) workOrderId!: string | null;
  @Column({ type: 'text', nullable: true }) resolution!: string | null;
  /** The engineer working the case (their token subject); any engineer can take it over (R-IN-6). */
  @Column({ name: 'assignee_id', type: 'text', nullable: true }) assigneeId!: string | null;
  /** Their name as dispatch (or the person assigning) gave it, when known (issue #15). */
  @Column({ name: 'assignee_name', type: 'text', nullable: true }) assigneeName!: string | null;
  @Column({ name: 'assigned_at', type: 'timestamptz', nullable: true }) assignedAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true }) respondedAt!: Date | null;
  @Column({ name: 'diagnosed_at', type: 'timestamptz', nullable: true }) diagnosedAt!: Date | null;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt!: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  /** R-CP-5: the customer's complaint standing when the case opened, and how it was treated (null: never complained). */
  @Column({ type: 'jsonb', nullable: true }) complainant!: CaseComplainant | null;
  /** Per-aggregate version: the `sequence` of its events. */
  @Column({ type: 'int' }) version!: number;
}

@Entity({ name: 'case_activity' })
export class CaseActivityEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ type: 'timestamptz' }) at!: Date;
  /** `user:<sub>` or `system:<what>` */
  @Column() actor!: string;
  @Column() kind!: string;
  @Column({ type: 'text' }) visibility!: 'public' | 'internal';
  @Column({ type: 'jsonb' }) detail!: Record<string, unknown>;
}
