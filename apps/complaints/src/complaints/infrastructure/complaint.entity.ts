import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ComplaintStatus } from '../domain/complaint-lifecycle';
import type { Compensation, ComplaintSource, PolicyJudgement, RootCause, Severity } from '../domain/complaint.policy';

export interface ComplaintContact {
  name: string;
  phone: string | null;
  email: string | null;
}

/** R-CP-3: warranty's status of the product when the complaint was registered (from warranty's events). */
export interface WarrantyAtRegistration {
  known: boolean;
  inWarranty: boolean | null;
  decisionId: string | null;
  warrantyEndsOn: string | null;
  determinedAt: string | null;
}

export interface ComplaintResolution {
  actionsTaken: string;
  compensation: Compensation | null;
  approvalRequired: boolean;
  rootCause: RootCause;
  rootCauseDetail: string | null;
  proposedBy: string;
  proposedAt: string;
  /** The complainant's answer (accepted or rejected), once given. */
  customerResponse: { accepted: boolean; note: string | null; by: string; at: string } | null;
}

export interface CompensationDecision {
  approved: boolean;
  note: string | null;
  decidedBy: string;
  decidedAt: string;
}

/** A complaint (R-CP-1..6); `version` is the envelope sequence of its events. */
@Entity({ name: 'complaints' })
export class ComplaintEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'complaint_number', type: 'text', unique: true }) complaintNumber!: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId!: string;
  @Column({ name: 'case_ids', type: 'uuid', array: true }) caseIds!: string[];
  @Column({ type: 'text' }) source!: ComplaintSource;
  /** What opened it, when that must open only one (the survey response id). */
  @Column({ name: 'source_ref', type: 'text', nullable: true, unique: true }) sourceRef!: string | null;
  @Column({ name: 'survey_id', type: 'uuid', nullable: true }) surveyId!: string | null;
  @Column({ type: 'text' }) summary!: string;
  @Column({ type: 'jsonb', nullable: true }) contact!: ComplaintContact | null;
  @Column({ name: 'product_model', type: 'text', nullable: true }) productModel!: string | null;
  @Column({ name: 'serial_number', type: 'text', nullable: true }) serialNumber!: string | null;
  @Column({ type: 'jsonb', nullable: true }) warranty!: WarrantyAtRegistration | null;
  @Column({ type: 'text', nullable: true }) fault!: string | null;
  @Column({ name: 'wanted_resolution', type: 'text', nullable: true }) wantedResolution!: string | null;
  @Column({ type: 'text' }) severity!: Severity;
  @Column({ type: 'jsonb' }) judgement!: PolicyJudgement;
  @Column({ type: 'text' }) status!: ComplaintStatus;
  @Column({ name: 'officer_id', type: 'text', nullable: true }) officerId!: string | null;
  @Column({ name: 'manager_id', type: 'text', nullable: true }) managerId!: string | null;
  /** R-CP-4: the acknowledgement deadline. */
  @Column({ name: 'acknowledge_by', type: 'timestamptz' }) acknowledgeBy!: Date;
  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true }) acknowledgedAt!: Date | null;
  /** R-CP-4: the committed handling deadline. */
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt!: Date;
  /** Moves up with every renegotiated deadline: the timers of an older one no longer fire. */
  @Column({ name: 'deadline_generation', type: 'int' }) deadlineGeneration!: number;
  @Column({ type: 'jsonb', nullable: true }) resolution!: ComplaintResolution | null;
  @Column({ name: 'compensation_decision', type: 'jsonb', nullable: true }) compensationDecision!: CompensationDecision | null;
  @Column({ name: 'opened_at', type: 'timestamptz' }) openedAt!: Date;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt!: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  /** R-CP-5: the customer had complained before this one. */
  @Column({ name: 'repeat_complainant', type: 'boolean' }) repeatComplainant!: boolean;
  @Column({ type: 'int' }) version!: number;
}

/**
 * R-CP-2: the complaint's journal. Procedure steps carry an outcome (done or skipped, with why); the other entries
 * (status changes, deadlines, escalations, staff notes) have none. Internal entries are never shown to the customer.
 */
@Entity({ name: 'complaint_steps' })
export class ComplaintStepEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'complaint_id', type: 'uuid' }) complaintId!: string;
  /** user:<subject> or system:<service>. */
  @Column({ type: 'text' }) actor!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text', nullable: true }) outcome!: 'done' | 'skipped' | null;
  @Column({ name: 'skipped_because', type: 'text', nullable: true }) skippedBecause!: string | null;
  @Column({ type: 'text' }) visibility!: 'public' | 'internal';
  @Column({ type: 'text' }) note!: string;
  @Column({ type: 'jsonb' }) detail!: Record<string, unknown>;
  @Column({ type: 'timestamptz' }) at!: Date;
}

/** R-CP-4: a rung of the escalation ladder that fired: at most one per complaint, deadline, generation and level. */
@Entity({ name: 'complaint_escalations' })
export class ComplaintEscalationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'complaint_id', type: 'uuid' }) complaintId!: string;
  @Column({ type: 'text' }) deadline!: 'acknowledgement' | 'handling';
  @Column({ type: 'int' }) generation!: number;
  @Column({ type: 'int' }) level!: number;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt!: Date;
  @Column({ name: 'escalated_at', type: 'timestamptz' }) escalatedAt!: Date;
  @Column({ name: 'react_by', type: 'timestamptz' }) reactBy!: Date;
  @Column({ type: 'jsonb' }) notify!: { audience: string; userId: string | null }[];
  /** The level reacted by its reaction deadline: the next level is not told. */
  @Column({ name: 'reacted_at', type: 'timestamptz', nullable: true }) reactedAt!: Date | null;
  @Column({ name: 'reacted_by', type: 'text', nullable: true }) reactedBy!: string | null;
  @Column({ type: 'text', nullable: true }) reaction!: string | null;
}

/** R-CP-5: each customer's complaint standing, so anyone serving them sees they complained before. */
@Entity({ name: 'customer_complaint_history' })
export class CustomerComplaintHistoryEntity {
  @PrimaryColumn({ name: 'customer_id', type: 'uuid' }) customerId!: string;
  @Column({ name: 'complaint_count', type: 'int' }) complaintCount!: number;
  @Column({ name: 'open_count', type: 'int' }) openCount!: number;
  @Column({ name: 'last_complaint_id', type: 'uuid', nullable: true }) lastComplaintId!: string | null;
  @Column({ name: 'last_complaint_at', type: 'timestamptz' }) lastComplaintAt!: Date;
  @Column({ type: 'int' }) version!: number;
}

/** Warranty's latest decision per case (R-CP-3: the warranty status at the time of the complaint). */
@Entity({ name: 'warranty_decisions' })
export class WarrantyDecisionEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'decision_id', type: 'uuid' }) decisionId!: string;
  @Column({ name: 'serial_number', type: 'text' }) serialNumber!: string;
  @Column({ name: 'product_model', type: 'text' }) productModel!: string;
  @Column({ name: 'in_warranty', type: 'boolean' }) inWarranty!: boolean;
  @Column({ name: 'warranty_ends_on', type: 'date', nullable: true }) warrantyEndsOn!: string | null;
  @Column({ name: 'determined_at', type: 'timestamptz' }) determinedAt!: Date;
}

export const complaintEntities = [ComplaintEntity, ComplaintStepEntity, ComplaintEscalationEntity, CustomerComplaintHistoryEntity, WarrantyDecisionEntity];
