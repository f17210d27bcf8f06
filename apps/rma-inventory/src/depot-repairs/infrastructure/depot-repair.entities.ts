import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DepotRepairStep } from '@aftersales/contracts-rma-inventory';

/** A carried-in or mailed-in unit going through the depot (R-RMA-6). */
@Entity({ name: 'depot_repairs' })
export class DepotRepairEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'repair_number' }) repairNumber!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'rma_id', type: 'uuid', nullable: true }) rmaId!: string | null;
  @Column({ name: 'customer_id', type: 'uuid', nullable: true }) customerId!: string | null;
  @Column({ name: 'serial_number' }) serialNumber!: string;
  @Column({ name: 'product_model', type: 'text', nullable: true }) productModel!: string | null;
  @Column({ type: 'text' }) mode!: 'carry-in' | 'mail-in';
  @Column({ name: 'warehouse_code' }) warehouseCode!: string;
  @Column({ type: 'text' }) status!: DepotRepairStep;
  /** Decided at diagnosis: a paid repair is quoted first (R-DS-7). */
  @Column({ type: 'boolean', nullable: true }) paid!: boolean | null;
  @Column({ name: 'turnaround_due_at', type: 'timestamptz', nullable: true }) turnaroundDueAt!: Date | null;
  @Column({ type: 'int' }) version!: number;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** One step of a depot repair: what, who, when, and its particulars. Append-only. */
@Entity({ name: 'depot_repair_steps' })
export class DepotRepairStepEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'repair_id', type: 'uuid' }) repairId!: string;
  @Column({ type: 'text' }) step!: DepotRepairStep;
  @Column() by!: string;
  @Column({ type: 'timestamptz' }) at!: Date;
  @Column({ type: 'jsonb' }) details!: Record<string, unknown>;
}

export const depotRepairEntities = [DepotRepairEntity, DepotRepairStepEntity];
