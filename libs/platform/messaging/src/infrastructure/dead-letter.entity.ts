import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A message a consumer gave up on (invalid, permanent failure, or past max_deliver), kept for replay. */
@Entity({ name: 'messaging_dead_letter' })
@Index(['consumer', 'createdAt'])
export class DeadLetterRecord {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  consumer!: string;

  @Column({ type: 'text' })
  stream!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text', name: 'event_id', nullable: true })
  eventId!: string | null;

  /** The raw message body as received (text, so an unparseable payload is kept as it was). */
  @Column({ type: 'text' })
  payload!: string;

  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  headers!: Record<string, string>;

  @Column({ type: 'text' })
  error!: string;

  @Column({ type: 'text', name: 'error_kind' })
  errorKind!: 'invalid' | 'permanent' | 'max-deliver';

  @Column({ type: 'int' })
  deliveries!: number;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'replay_requested_at', nullable: true })
  replayRequestedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'replayed_at', nullable: true })
  replayedAt!: Date | null;

  @Column({ type: 'text', name: 'last_replay_error', nullable: true })
  lastReplayError!: string | null;
}
