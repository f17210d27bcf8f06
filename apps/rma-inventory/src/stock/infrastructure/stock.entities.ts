import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BusinessCalendar } from '@aftersales/platform-calendar';
import type { LedgerReason, ReservationKind, ReservationStatus, SerialStatus, WarehouseKind } from '../domain/stock.types';

const bigintAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** A place stock is kept (R-RMA-5): central, a region's branch, an engineer's van, the repair depot. */
@Entity({ name: 'warehouses' })
export class WarehouseEntity {
  @PrimaryColumn() code!: string;
  @Column() name!: string;
  @Column({ type: 'text' }) kind!: WarehouseKind;
  @Column({ type: 'text', nullable: true }) region!: string | null;
  @Column({ name: 'time_zone', type: 'text' }) timeZone!: string;
  /** Its own business calendar; null: the R-RMA-2 default (Mon-Fri 09:00-17:00, official holidays) in its zone. */
  @Column({ type: 'jsonb', nullable: true }) calendar!: BusinessCalendar | null;
  @Column({ name: 'engineer_id', type: 'uuid', nullable: true }) engineerId!: string | null;
  @Column() active!: boolean;
  @Column({ type: 'int' }) version!: number;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'spare_parts' })
export class SparePartEntity {
  @PrimaryColumn({ name: 'part_number' }) partNumber!: string;
  @Column() description!: string;
  @Column() critical!: boolean;
  @Column({ name: 'fits_models', type: 'text', array: true }) fitsModels!: string[];
  @Column() serialised!: boolean;
  @Column({ name: 'unit_cost_minor', type: 'bigint', transformer: bigintAsNumber }) unitCostMinor!: number;
  @Column() currency!: string;
  @Column() active!: boolean;
  @Column({ type: 'int' }) version!: number;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** "Equivalent or better" substitutes of a part, rank 1 first. */
@Entity({ name: 'part_substitutes' })
export class PartSubstituteEntity {
  @PrimaryColumn({ name: 'part_number' }) partNumber!: string;
  @PrimaryColumn({ name: 'substitute_part_number' }) substitutePartNumber!: string;
  @Column({ type: 'int' }) rank!: number;
}

/**
 * On hand and reserved per warehouse and part, kept by the ledger in the movement's transaction; available is
 * on hand less reserved. A CHECK keeps 0 <= reserved <= on hand (R-RMA-5: stock is never negative).
 */
@Entity({ name: 'stock_levels' })
export class StockLevelEntity {
  @PrimaryColumn({ name: 'warehouse_code' }) warehouseCode!: string;
  @PrimaryColumn({ name: 'part_number' }) partNumber!: string;
  @Column({ name: 'on_hand', type: 'int' }) onHand!: number;
  @Column({ type: 'int' }) reserved!: number;
  @Column({ name: 'min_level', type: 'int' }) minLevel!: number;
  /** Set when available fell below the minimum (stock.shortage-detected), cleared when it is back. */
  @Column({ name: 'short_since', type: 'timestamptz', nullable: true }) shortSince!: Date | null;
  /** Bumped by every movement: the sequence of the level's events. */
  @Column({ type: 'int' }) version!: number;
}

/** Append-only stock ledger: every movement with who, why and its reference. */
@Entity({ name: 'stock_ledger' })
export class StockLedgerEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'warehouse_code' }) warehouseCode!: string;
  @Column({ name: 'part_number' }) partNumber!: string;
  /** Change of on hand. */
  @Column({ name: 'quantity_delta', type: 'int' }) quantityDelta!: number;
  @Column({ name: 'reserved_delta', type: 'int' }) reservedDelta!: number;
  @Column({ type: 'text' }) reason!: LedgerReason;
  @Column({ name: 'work_order_id', type: 'uuid', nullable: true }) workOrderId!: string | null;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId!: string | null;
  @Column({ name: 'on_hand_after', type: 'int' }) onHandAfter!: number;
  @Column({ name: 'reserved_after', type: 'int' }) reservedAfter!: number;
  @Column() actor!: string;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ type: 'text', nullable: true }) reference!: string | null;
  @Column({ name: 'reservation_id', type: 'uuid', nullable: true }) reservationId!: string | null;
  @Column({ name: 'transfer_id', type: 'uuid', nullable: true }) transferId!: string | null;
  @Column({ name: 'serial_number', type: 'text', nullable: true }) serialNumber!: string | null;
  @Column({ type: 'timestamptz' }) at!: Date;
}

/** A reservation of stock for a case, RMA or work order, or critical spares held for one service contract. */
@Entity({ name: 'stock_reservations' })
export class StockReservationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ type: 'text' }) kind!: ReservationKind;
  @Column({ name: 'warehouse_code' }) warehouseCode!: string;
  @Column({ name: 'part_number' }) partNumber!: string;
  @Column({ name: 'requested_part_number' }) requestedPartNumber!: string;
  @Column({ type: 'int' }) quantity!: number;
  @Column({ type: 'text' }) status!: ReservationStatus;
  @Column({ name: 'contract_id', type: 'uuid', nullable: true }) contractId!: string | null;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId!: string | null;
  @Column() reference!: string;
  @Column({ name: 'drawn_from_hold', type: 'uuid', nullable: true }) drawnFromHold!: string | null;
  @Column({ name: 'serial_numbers', type: 'text', array: true }) serialNumbers!: string[];
  @Column({ name: 'created_by' }) createdBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int' }) version!: number;
}

export interface TransferLine {
  partNumber: string;
  quantity: number;
  serialNumbers: string[];
}

@Entity({ name: 'stock_transfers' })
export class StockTransferEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'from_warehouse' }) fromWarehouse!: string;
  @Column({ name: 'to_warehouse' }) toWarehouse!: string;
  @Column({ type: 'text' }) status!: 'in-transit' | 'received';
  @Column({ type: 'jsonb' }) lines!: TransferLine[];
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ name: 'dispatched_by' }) dispatchedBy!: string;
  @Column({ name: 'dispatched_at', type: 'timestamptz' }) dispatchedAt!: Date;
  @Column({ name: 'received_by', type: 'text', nullable: true }) receivedBy!: string | null;
  @Column({ name: 'received_at', type: 'timestamptz', nullable: true }) receivedAt!: Date | null;
}

export interface CountLine {
  partNumber: string;
  expected: number;
  counted: number;
  adjustment: number;
}

@Entity({ name: 'stock_counts' })
export class StockCountEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'warehouse_code' }) warehouseCode!: string;
  @Column({ type: 'jsonb' }) lines!: CountLine[];
  @Column({ name: 'counted_by' }) countedBy!: string;
  @Column({ name: 'counted_at', type: 'timestamptz' }) countedAt!: Date;
  @Column({ type: 'text', nullable: true }) note!: string | null;
}

/** One serialised unit, wherever it is: a warehouse, in transit, at a customer's, on loan. */
@Entity({ name: 'serial_units' })
export class SerialUnitEntity {
  @PrimaryColumn({ name: 'serial_number' }) serialNumber!: string;
  @Column({ name: 'part_number' }) partNumber!: string;
  @Column({ type: 'text' }) status!: SerialStatus;
  @Column({ name: 'warehouse_code', type: 'text', nullable: true }) warehouseCode!: string | null;
  @Column({ name: 'reservation_id', type: 'uuid', nullable: true }) reservationId!: string | null;
  @Column({ type: 'text', nullable: true }) reference!: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'serial_history' })
export class SerialHistoryEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'serial_number' }) serialNumber!: string;
  @Column() movement!: string;
  @Column({ name: 'status_after', type: 'text' }) statusAfter!: SerialStatus;
  @Column({ name: 'warehouse_code', type: 'text', nullable: true }) warehouseCode!: string | null;
  @Column({ type: 'text', nullable: true }) reference!: string | null;
  @Column() actor!: string;
  @Column({ type: 'timestamptz' }) at!: Date;
}

/** Stock issued on loan (a standby unit lent on a visit, R-DS-5), chased back like a return. */
@Entity({ name: 'stock_loans' })
export class StockLoanEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'warehouse_code' }) warehouseCode!: string;
  @Column({ name: 'part_number' }) partNumber!: string;
  @Column({ name: 'serial_number', type: 'text', nullable: true }) serialNumber!: string | null;
  @Column({ type: 'int' }) quantity!: number;
  @Column() reference!: string;
  @Column({ type: 'text' }) status!: 'on-loan' | 'returned';
  @Column({ name: 'lent_by' }) lentBy!: string;
  @Column({ name: 'lent_at', type: 'timestamptz' }) lentAt!: Date;
  @Column({ name: 'returned_to', type: 'text', nullable: true }) returnedTo!: string | null;
  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true }) returnedAt!: Date | null;
}
