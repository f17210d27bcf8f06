import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Durable timers (docs/architecture.md, "Time"): one row per timer, keyed by the owner's name for it. A fired timer
 * keeps its row (fired_at) so scheduling the same key again cannot fire it twice; the partial index holds only
 * the pending ones, so the worker's look-up stays small however many have fired.
 */
export class CreateTimersTable1732320000200 implements MigrationInterface {
  name = 'CreateTimersTable1732320000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE platform_timer (
        key          text PRIMARY KEY,
        kind         text NOT NULL,
        due_at       timestamptz NOT NULL,
        next_run_at  timestamptz NOT NULL,
        payload      jsonb NOT NULL DEFAULT '{}'::jsonb,
        attempts     integer NOT NULL DEFAULT 0,
        last_error   text,
        fired_at     timestamptz,
        dead_at      timestamptz,
        created_at   timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX platform_timer_pending ON platform_timer (next_run_at) WHERE fired_at IS NULL AND dead_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE platform_timer`);
  }
}
