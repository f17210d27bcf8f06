import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The idempotency gate of consumers: a row per (consumer, event) handled, written with the handler's effects. */
@Entity({ name: 'messaging_inbox' })
export class InboxRecord {
  @PrimaryColumn({ type: 'text' })
  consumer!: string;

  @PrimaryColumn({ type: 'uuid', name: 'event_id' })
  eventId!: string;

  @Column({ type: 'timestamptz', name: 'processed_at', default: () => 'now()' })
  processedAt!: Date;
}
