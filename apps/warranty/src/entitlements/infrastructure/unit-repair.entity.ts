import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A diagnosed fault of a unit on one case: a repair, counted when the same fault comes back (R-WA-4). */
@Entity({ name: 'unit_repairs' })
export class UnitRepairEntity {
  /** One repair per case: a later diagnosis on the same case replaces the earlier one. */
  @PrimaryColumn({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'serial_number' }) serialNumber!: string;
  @Column({ name: 'decision_id', type: 'uuid' }) decisionId!: string;
  @Column({ name: 'fault_code' }) faultCode!: string;
  @Column({ name: 'repaired_on', type: 'date' }) repairedOn!: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
}
