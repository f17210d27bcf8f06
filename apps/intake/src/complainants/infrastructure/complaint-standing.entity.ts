import { Column, Entity, PrimaryColumn } from 'typeorm';

/** R-CP-5: complaints' standing of a customer, as its customer-standing.changed events last said (a projection). */
@Entity({ name: 'customer_complaint_standing' })
export class CustomerComplaintStandingEntity {
  @PrimaryColumn({ name: 'customer_id', type: 'uuid' }) customerId!: string;
  @Column({ name: 'complained_before', type: 'boolean' }) complainedBefore!: boolean;
  @Column({ name: 'complaint_count', type: 'int' }) complaintCount!: number;
  @Column({ name: 'open_complaints', type: 'int' }) openComplaints!: number;
  @Column({ name: 'last_complaint_at', type: 'timestamptz', nullable: true }) lastComplaintAt!: Date | null;
  /** The envelope sequence of the last event applied: an older one arriving late changes nothing. */
  @Column({ type: 'int' }) version!: number;
}
