import { Column, Entity, PrimaryColumn } from 'typeorm';

/** R-IN-8: one read of a customer's records by staff (who, when, which record), kept for administrators. */
@Entity({ name: 'customer_record_reads' })
export class CustomerRecordReadEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ type: 'timestamptz' }) at!: Date;
  /** `user:<sub>` */
  @Column() actor!: string;
  @Column({ type: 'text', array: true }) roles!: string[];
  @Column({ type: 'text', nullable: true }) branch!: string | null;
  @Column({ name: 'customer_id', type: 'uuid', nullable: true }) customerId!: string | null;
  /** `customer`, `customer-list`, `case`, `case-activity` */
  @Column() record!: string;
  @Column({ name: 'record_id', type: 'text', nullable: true }) recordId!: string | null;
  /** The operation, e.g. `GET /v1/customers/{id}`. */
  @Column() action!: string;
}
