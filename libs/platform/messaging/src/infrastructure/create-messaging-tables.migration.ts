import { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbox, inbox and dead letters: every service lists this migration first. */
export class CreateMessagingTables1732320000000 implements MigrationInterface {
  name = 'CreateMessagingTables1732320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE messaging_outbox (
        position bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        wire_subject text NOT NULL,
        aggregate_id text NOT NULL,
        envelope jsonb NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        attempts int NOT NULL DEFAULT 0,
        last_error text
      )`);
    // The relay only ever looks for unsent rows in order.
    await q.query(`CREATE INDEX messaging_outbox_unsent ON messaging_outbox (position) WHERE sent_at IS NULL`);
    await q.query(`
      CREATE TABLE messaging_inbox (
        consumer text NOT NULL,
        event_id uuid NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
    await q.query(`
      CREATE TABLE messaging_dead_letter (
        id uuid PRIMARY KEY,
        consumer text NOT NULL,
        stream text NOT NULL,
        subject text NOT NULL,
        event_id text,
        payload text NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}'::jsonb,
        error text NOT NULL,
        error_kind text NOT NULL CHECK (error_kind IN ('invalid', 'permanent', 'max-deliver')),
        deliveries int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        replay_requested_at timestamptz,
        replayed_at timestamptz,
        last_replay_error text
      )`);
    await q.query(`CREATE INDEX messaging_dead_letter_consumer ON messaging_dead_letter (consumer, created_at)`);
    await q.query(
      `CREATE INDEX messaging_dead_letter_replay ON messaging_dead_letter (replay_requested_at) WHERE replay_requested_at IS NOT NULL AND replayed_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE messaging_dead_letter`);
    await q.query(`DROP TABLE messaging_inbox`);
    await q.query(`DROP TABLE messaging_outbox`);
  }
}
