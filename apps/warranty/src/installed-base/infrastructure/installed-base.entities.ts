import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Coverage, ProofType, StartBasis } from '../../entitlements/domain/entitlement.policy';

/** A product model and its warranty policy (R-WA-1). */
@Entity({ name: 'product_models' })
export class ProductModelEntity {
  /** UUIDv7: list order and cursor; the code is the business key. */
  @Column({ type: 'uuid', unique: true }) id!: string;
  @PrimaryColumn() code!: string;
  @Column() name!: string;
  @Column({ name: 'warranty_months', type: 'int' }) warrantyMonths!: number;
  @Column({ name: 'start_basis', type: 'text' }) startBasis!: StartBasis;
  @Column({ type: 'jsonb' }) coverage!: Coverage;
  /** A replacement unit of this model keeps the faulty one's remaining warranty, or starts a new one (R-WA-4). */
  @Column({ name: 'replacement_warranty', type: 'text' }) replacementWarranty!: 'remaining' | 'new';
  /** R-SLA-5: the SLA plan the product warranty runs on, e.g. emergency-7x24 for a 7x24 hardware warranty. */
  @Column({ name: 'sla_plan_code', type: 'text', nullable: true }) slaPlanCode!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** A registered unit of the installed base, with its dates and proof (R-WA-5). */
@Entity({ name: 'units' })
export class UnitEntity {
  @Column({ type: 'uuid', unique: true }) id!: string;
  @PrimaryColumn({ name: 'serial_number' }) serialNumber!: string;
  @Column({ name: 'model_code' }) modelCode!: string;
  @Column({ name: 'customer_id', type: 'uuid', nullable: true }) customerId!: string | null;
  @Column({ name: 'purchase_date', type: 'date', nullable: true }) purchaseDate!: string | null;
  @Column({ name: 'delivery_date', type: 'date', nullable: true }) deliveryDate!: string | null;
  @Column({ name: 'acceptance_date', type: 'date', nullable: true }) acceptanceDate!: string | null;
  @Column({ name: 'proof_type', type: 'text' }) proofType!: ProofType;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** One change of a unit's owner; the first entry is the owner it was registered with. */
@Entity({ name: 'unit_ownership' })
export class UnitOwnershipEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'serial_number' }) serialNumber!: string;
  @Column({ name: 'from_customer_id', type: 'uuid', nullable: true }) fromCustomerId!: string | null;
  @Column({ name: 'to_customer_id', type: 'uuid' }) toCustomerId!: string;
  @Column({ name: 'transferred_on', type: 'date' }) transferredOn!: string;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ name: 'recorded_by' }) recordedBy!: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
}

/** A serial swap of an RMA: the faulty unit out, the replacement in, in both units' history (R-RMA-2, R-WA-4). */
@Entity({ name: 'unit_swaps' })
export class UnitSwapEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'rma_id', type: 'uuid' }) rmaId!: string;
  @Column({ name: 'rma_number' }) rmaNumber!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'faulty_serial' }) faultySerial!: string;
  @Column({ name: 'replacement_serial' }) replacementSerial!: string;
  @Column({ name: 'replacement_warranty', type: 'text' }) replacementWarranty!: 'remaining' | 'new';
  @Column({ name: 'swapped_at', type: 'timestamptz' }) swappedAt!: Date;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
}
