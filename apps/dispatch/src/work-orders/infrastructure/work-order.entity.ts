import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EngineerResponse } from '../domain/acknowledgement.policy';
import type { AssignmentScore, RejectionReason } from '../domain/assignment.policy';
import type { WorkOrderStatus } from '../domain/work-order-lifecycle';

export type AssignmentKind = 'automatic' | 'manual' | 'reassigned' | 'takeover' | 'escalated';

/** The current assignment, denormalised onto the order; the history is in work_order_assignments. */
export type CurrentAssignment = AssignmentScore & { kind: AssignmentKind | string; at: string; assignmentId?: string; by?: string };

@Entity({ name: 'work_orders' })
export class WorkOrderEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'work_order_number', unique: true }) workOrderNumber!: string;
  @Column({ name: 'case_id', type: 'uuid', unique: true }) caseId!: string;
  @Column({ name: 'case_number' }) caseNumber!: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId!: string;
  @Column({ name: 'product_model' }) productModel!: string;
  @Column({ name: 'serial_number' }) serialNumber!: string;
  @Column({ name: 'service_mode' }) serviceMode!: string;
  @Column() priority!: string;
  @Column({ type: 'text', nullable: true }) category!: string | null;
  @Column({ type: 'text', nullable: true }) region!: string | null;
  /** The branch covering the site's region: whose manager board shows the order. */
  @Column({ name: 'branch_code', type: 'text', nullable: true }) branchCode!: string | null;
  @Column({ name: 'site_address', type: 'text', nullable: true }) siteAddress!: string | null;
  @Column({ name: 'required_skill', type: 'text', nullable: true }) requiredSkill!: string | null;
  @Column({ name: 'required_level', type: 'int', default: 1 }) requiredLevel!: number;
  /** Escalated to a technical expert. */
  @Column({ default: false }) expert!: boolean;
  @Column({ name: 'in_warranty' }) inWarranty!: boolean;
  @Column({ type: 'text' }) status!: WorkOrderStatus;
  @Column({ name: 'engineer_id', type: 'uuid', nullable: true }) engineerId!: string | null;
  /** The engineer's name when they were assigned (issue #15: people read names, not ids). */
  @Column({ name: 'engineer_name', type: 'text', nullable: true }) engineerName!: string | null;
  @Column({ type: 'jsonb', nullable: true }) assignment!: CurrentAssignment | null;
  @Column({ name: 'queued_at', type: 'timestamptz', nullable: true }) queuedAt!: Date | null;
  @Column({ name: 'queue_reason', type: 'jsonb', nullable: true }) queueReason!: { reason: string; rejections: Partial<Record<RejectionReason, number>> } | null;
  /** R-SLA-2/R-SLA-4: the SLA plan's response window by priority and reminder ladder; null: dispatch's defaults. */
  @Column({ name: 'engineer_response', type: 'jsonb', nullable: true }) engineerResponse!: EngineerResponse | null;
  /** R-SLA-4: the assigned engineer must contact the customer by then. */
  @Column({ name: 'respond_by', type: 'timestamptz', nullable: true }) respondBy!: Date | null;
  /** The case's SLA deadlines when dispatch was requested (intake's clocks), to plan the visit inside them. */
  @Column({ name: 'sla_due_at', type: 'jsonb', default: () => `'[]'::jsonb` }) slaDueAt!: { clock: string; dueAt: string; rule: string }[];
  @Column({ name: 'customer_contacted_at', type: 'timestamptz', nullable: true }) customerContactedAt!: Date | null;
  /** R-DS-6: the earlier repair of the same unit and fault this one repeats. */
  @Column({ name: 'repeat_of', type: 'uuid', nullable: true }) repeatOf!: string | null;
  /** R-SLA-1: an on-site visit is to be arranged by then (24 hours). */
  @Column({ name: 'arrangement_due_at', type: 'timestamptz', nullable: true }) arrangementDueAt!: Date | null;
  /** The first appointment the customer confirmed. */
  @Column({ name: 'arranged_at', type: 'timestamptz', nullable: true }) arrangedAt!: Date | null;
  @Column({ name: 'next_visit_at', type: 'timestamptz', nullable: true }) nextVisitAt!: Date | null;
  /** R-DS-5: a standby unit lent to the customer while the machine waits. */
  @Column({ name: 'standby_unit', type: 'jsonb', nullable: true }) standbyUnit!: { serialNumber: string; productModel: string; lentAt: string } | null;
  @Column({ name: 'parts_used', type: 'jsonb', default: () => `'[]'::jsonb` }) partsUsed!: { partNumber: string; quantity: number }[];
  @Column({ name: 'warehouse_code', type: 'text', nullable: true }) warehouseCode!: string | null;
  @Column({ type: 'text', nullable: true }) resolution!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'assigned_at', type: 'timestamptz', nullable: true }) assignedAt!: Date | null;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt!: Date | null;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
  @Column({ type: 'int' }) version!: number;
}

@Entity({ name: 'work_order_assignments' })
export class WorkOrderAssignmentEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'work_order_id', type: 'uuid' }) workOrderId!: string;
  @Column({ name: 'engineer_id', type: 'uuid' }) engineerId!: string;
  @Column({ name: 'engineer_name', type: 'text', nullable: true }) engineerName!: string | null;
  @Column({ type: 'text' }) kind!: AssignmentKind;
  @Column({ type: 'jsonb' }) score!: AssignmentScore;
  @Column({ name: 'assigned_by' }) assignedBy!: string;
  @Column({ name: 'respond_immediately', default: false }) respondImmediately!: boolean;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ name: 'assigned_at', type: 'timestamptz' }) assignedAt!: Date;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt!: Date | null;
  @Column({ name: 'end_reason', type: 'text', nullable: true }) endReason!: string | null;
}
