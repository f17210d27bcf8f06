import { Column, Entity, PrimaryColumn } from 'typeorm';

/** R-CP-5: whether a customer has complained before, as complaints' customer-standing.changed last said (a projection). */
@Entity({ name: 'customer_complaint_standing' })
export class CustomerComplaintStandingEntity {
  @PrimaryColumn({ name: 'customer_id', type: 'uuid' }) customerId!: string;
  @Column({ name: 'complained_before', type: 'boolean' }) complainedBefore!: boolean;
  /** The envelope sequence of the last event applied: an older one arriving late changes nothing. */
  @Column({ type: 'int' }) version!: number;
}
