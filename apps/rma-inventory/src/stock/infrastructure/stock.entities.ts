import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'warehouses' })
export class WarehouseEntity {
  @PrimaryColumn() code!: string;
  @Column() name!: string;
  @Column({ type: 'text' }) kind!: 'central' | 'branch';
  @Column({ type: 'text', nullable: true }) region!: string | null;
}

@Entity({ name: 'spare_parts' })
export class SparePartEntity {
  @PrimaryColumn({ name: 'part_number' }) partNumber!: string;
  @Column() description!: string;
  @Column() critical!: boolean;
}

/** On-hand quantity per warehouse and part; may go below zero, which is a shortage to report (R-RMA-5). */
@Entity({ name: 'stock_levels' })
export class StockLevelEntity {
  @PrimaryColumn({ name: 'warehouse_code' }) warehouseCode!: string;
  @PrimaryColumn({ name: 'part_number' }) partNumber!: string;
  @Column({ name: 'on_hand', type: 'int' }) onHand!: number;
}

/** Append-only stock ledger: every movement with its reason and source. */
@Entity({ name: 'stock_ledger' })
export class StockLedgerEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'warehouse_code' }) warehouseCode!: string;
  @Column({ name: 'part_number' }) partNumber!: string;
  @Column({ name: 'quantity_delta', type: 'int' }) quantityDelta!: number;
  @Column({ type: 'text' }) reason!: 'issue' | 'receipt' | 'adjustment';
  @Column({ name: 'work_order_id', type: 'uuid', nullable: true }) workOrderId!: string | null;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId!: string | null;
  @Column({ name: 'on_hand_after', type: 'int' }) onHandAfter!: number;
  @Column({ type: 'timestamptz' }) at!: Date;
}
