import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ComplaintStatus } from '../domain/complaint-lifecycle';
import type { ComplaintSource } from '../domain/complaint.policy';

/** A complaint (R-CP-1..4); `version` is the envelope sequence of its events. */
@Entity({ name: 'complaints' })
export class ComplaintEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'complaint_number', type: 'text', unique: true }) complaintNumber!: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId!: string;
  @Column({ name: 'case_ids', type: 'uuid', array: true }) caseIds!: string[];
  @Column({ type: 'text' }) source!: ComplaintSource;
  /** What opened it, when that must open only one (the survey response id). */
  @Column({ name: 'source_ref', type: 'text', nullable: true, unique: true }) sourceRef!: string | null;
  @Column({ type: 'text' }) summary!: string;
  @Column({ type: 'text' }) status!: ComplaintStatus;
  /** R-CP-4: the committed handling deadline. */
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt!: Date;
  @Column({ name: 'opened_at', type: 'timestamptz' }) openedAt!: Date;
  /** R-CP-5: the customer had complained before this one. */
  @Column({ name: 'repeat_complainant', type: 'boolean' }) repeatComplainant!: boolean;
  @Column({ type: 'int' }) version!: number;
}

/** R-CP-2: each handling step is recorded. */
@Entity({ name: 'complaint_steps' })
export class ComplaintStepEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'complaint_id', type: 'uuid' }) complaintId!: string;
  /** user:<subject> or system:<service>. */
  @Column({ type: 'text' }) actor!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text' }) note!: string;
  @Column({ type: 'timestamptz' }) at!: Date;
}

/** R-CP-5: a projection of complaints per customer, so anyone serving them sees they complained before. */
@Entity({ name: 'customer_complaint_history' })
export class CustomerComplaintHistoryEntity {
  @PrimaryColumn({ name: 'customer_id', type: 'uuid' }) customerId!: string;
  @Column({ name: 'complaint_count', type: 'int' }) complaintCount!: number;
  @Column({ name: 'last_complaint_at', type: 'timestamptz' }) lastComplaintAt!: Date;
}
