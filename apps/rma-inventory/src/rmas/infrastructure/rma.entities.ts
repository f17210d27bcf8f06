import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { InspectionResult, RmaReasonCode, RmaStatus, RmaType } from '@aftersales/contracts-rma-inventory';

/** An RMA (R-RMA-1): what comes back, what goes out, who pays the shipping, and where each clock stands. */
@Entity({ name: 'rmas' })
export class RmaEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'rma_number' }) rmaNumber!: string;
  @Column({ type: 'text' }) type!: RmaType;
  @Column({ type: 'text' }) status!: RmaStatus;
  @Column({ type: 'text' }) source!: 'warranty' | 'agent' | 'dispatch';
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'decision_id', type: 'uuid', nullable: true }) decisionId!: string | null;
  @Column({ name: 'work_order_id', type: 'uuid', nullable: true }) workOrderId!: string | null;
  @Column({ name: 'serial_number' }) serialNumber!: string;
  @Column({ name: 'product_model', type: 'text', nullable: true }) productModel!: string | null;
  @Column({ name: 'customer_id', type: 'uuid', nullable: true }) customerId!: string | null;
  @Column({ type: 'text', nullable: true }) region!: string | null;
  @Column({ name: 'fault_cause', type: 'text', nullable: true }) faultCause!: string | null;
  @Column({ name: 'shipping_payer', type: 'text' }) shippingPayer!: 'company' | 'customer';
  @Column({ name: 'shipping_rule' }) shippingRule!: string;
  @Column({ name: 'opened_by' }) openedBy!: string;
  @Column({ name: 'opened_at', type: 'timestamptz' }) openedAt!: Date;
  @Column({ name: 'review_due_at', type: 'timestamptz', nullable: true }) reviewDueAt!: Date | null;
  @Column({ name: 'decided_by', type: 'text', nullable: true }) decidedBy!: string | null;
  @Column({ name: 'decision_reason', type: 'text', nullable: true }) decisionReason!: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ name: 'reservation_id', type: 'text', nullable: true }) reservationId!: string | null;
  @Column({ name: 'warehouse_code', type: 'text', nullable: true }) warehouseCode!: string | null;
  @Column({ name: 'part_number', type: 'text', nullable: true }) partNumber!: string | null;
  @Column({ name: 'substitute_for', type: 'text', nullable: true }) substituteFor!: string | null;
  @Column({ name: 'ship_by', type: 'timestamptz', nullable: true }) shipBy!: Date | null;
  @Column({ name: 'ship_by_rule', type: 'text', nullable: true }) shipByRule!: string | null;
  @Column({ type: 'text', nullable: true }) carrier!: string | null;
  @Column({ name: 'tracking_number', type: 'text', nullable: true }) trackingNumber!: string | null;
  @Column({ name: 'serial_shipped', type: 'text', nullable: true }) serialShipped!: string | null;
  @Column({ name: 'shipped_at', type: 'timestamptz', nullable: true }) shippedAt!: Date | null;
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true }) deliveredAt!: Date | null;
  @Column({ name: 'return_due_on', type: 'date', nullable: true }) returnDueOn!: string | null;
  @Column({ name: 'return_due_at', type: 'timestamptz', nullable: true }) returnDueAt!: Date | null;
  @Column({ name: 'received_at', type: 'timestamptz', nullable: true }) receivedAt!: Date | null;
  @Column({ name: 'received_warehouse', type: 'text', nullable: true }) receivedWarehouse!: string | null;
  @Column({ name: 'turnaround_due_at', type: 'timestamptz', nullable: true }) turnaroundDueAt!: Date | null;
  @Column({ name: 'processing_due_at', type: 'timestamptz', nullable: true }) processingDueAt!: Date | null;
  @Column({ name: 'inspection_result', type: 'text', nullable: true }) inspectionResult!: InspectionResult | null;
  @Column({ name: 'inspection_fault_code', type: 'text', nullable: true }) inspectionFaultCode!: string | null;
  @Column({ name: 'inspection_notes', type: 'text', nullable: true }) inspectionNotes!: string | null;
  @Column({ name: 'inspected_at', type: 'timestamptz', nullable: true }) inspectedAt!: Date | null;
  @Column({ name: 'charged_at', type: 'timestamptz', nullable: true }) chargedAt!: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ type: 'int' }) version!: number;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** One unit or part of an RMA, with why it comes back (R-RMA-1, R-RMA-8). */
@Entity({ name: 'rma_lines' })
export class RmaLineEntity {
  @PrimaryColumn({ name: 'rma_id', type: 'uuid' }) rmaId!: string;
  @PrimaryColumn({ name: 'line_no', type: 'int' }) lineNo!: number;
  @Column({ type: 'text' }) kind!: 'unit' | 'part';
  @Column({ name: 'serial_number', type: 'text', nullable: true }) serialNumber!: string | null;
  @Column({ name: 'part_number', type: 'text', nullable: true }) partNumber!: string | null;
  @Column({ type: 'int' }) quantity!: number;
  @Column({ name: 'reason_code', type: 'text' }) reasonCode!: RmaReasonCode;
}

/** Every step of an RMA: who, when, from which status to which, and why. Append-only. */
@Entity({ name: 'rma_history' })
export class RmaHistoryEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'rma_id', type: 'uuid' }) rmaId!: string;
  @Column({ name: 'from_status', type: 'text', nullable: true }) fromStatus!: RmaStatus | null;
  @Column({ name: 'to_status', type: 'text' }) toStatus!: RmaStatus;
  @Column({ type: 'text' }) action!: string;
  @Column({ name: 'by' }) by!: string;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ type: 'timestamptz' }) at!: Date;
}

export const rmaEntities = [RmaEntity, RmaLineEntity, RmaHistoryEntity];
