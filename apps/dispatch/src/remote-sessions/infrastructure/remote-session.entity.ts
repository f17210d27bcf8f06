import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RemoteOutcome } from '../domain/remote-session.policy';

@Entity({ name: 'remote_sessions' })
export class RemoteSessionEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'work_order_id', type: 'uuid' }) workOrderId!: string;
  @Column({ name: 'engineer_id', type: 'uuid' }) engineerId!: string;
  @Column({ type: 'jsonb' }) consent!: { customerName: string; consentedAt: string; channel: string };
  @Column({ type: 'text', nullable: true }) tool!: string | null;
  @Column({ name: 'started_at', type: 'timestamptz' }) startedAt!: Date;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) outcome!: RemoteOutcome | null;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  @Column({ type: 'int' }) version!: number;
}
