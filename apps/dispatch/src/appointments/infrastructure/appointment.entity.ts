import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AppointmentStatus } from '../domain/appointment.policy';

@Entity({ name: 'appointments' })
export class AppointmentEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'work_order_id', type: 'uuid' }) workOrderId!: string;
  @Column({ type: 'text' }) status!: AppointmentStatus;
  @Column({ name: 'slot_start', type: 'timestamptz' }) slotStart!: Date;
  @Column({ name: 'slot_end', type: 'timestamptz' }) slotEnd!: Date;
  @Column({ name: 'proposed_by' }) proposedBy!: string;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ name: 'confirmed_by', type: 'text', nullable: true }) confirmedBy!: string | null;
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true }) confirmedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) replaces!: string | null;
  @Column({ name: 'reschedule_reason', type: 'text', nullable: true }) rescheduleReason!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'int' }) version!: number;
}
