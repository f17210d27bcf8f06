import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AssignmentScore } from '../domain/assignment.policy';
import type { WorkOrderStatus } from '../domain/work-order-lifecycle';

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
  @Column({ type: 'text', nullable: true }) region!: string | null;
  @Column({ name: 'required_skill', type: 'text', nullable: true }) requiredSkill!: string | null;
  @Column({ name: 'in_warranty' }) inWarranty!: boolean;
  @Column({ type: 'text' }) status!: WorkOrderStatus;
  @Column({ name: 'engineer_id', type: 'uuid', nullable: true }) engineerId!: string | null;
  @Column({ type: 'jsonb', nullable: true }) assignment!: (AssignmentScore & { kind: string; at: string }) | null;
  @Column({ name: 'parts_used', type: 'jsonb', default: () => `'[]'::jsonb` }) partsUsed!: { partNumber: string; quantity: number }[];
  @Column({ name: 'warehouse_code', type: 'text', nullable: true }) warehouseCode!: string | null;
  @Column({ type: 'text', nullable: true }) resolution!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'assigned_at', type: 'timestamptz', nullable: true }) assignedAt!: Date | null;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt!: Date | null;
  @Column({ type: 'int' }) version!: number;
}
