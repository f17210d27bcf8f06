import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One integration event waiting to be (or already) published; written in the state change's transaction. */
@Entity({ name: 'messaging_outbox' })
export class OutboxRecord {
  /** Publication order: the relay publishes strictly by position, which keeps per-aggregate order. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  position!: string;

  @Index({ unique: true })
  @Column({ type: 'uuid', name: 'event_id' })
  eventId!: string;

  @Column({ type: 'text', name: 'wire_subject' })
  wireSubject!: string;

  @Column({ type: 'text', name: 'aggregate_id' })
  aggregateId!: string;

  @Column({ type: 'jsonb' })
  envelope!: Record<string, unknown>;

  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  headers!: Record<string, string>;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'sent_at', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'text', name: 'last_error', nullable: true })
  lastError!: string | null;
}
