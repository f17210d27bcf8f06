import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #5: every assignment is kept with its score's parts (why that engineer, R-DS-3); a work order without an
 * eligible engineer waits in a queue with the reasons; expert escalation; the R-SLA-4 response deadline.
 */
export class AssignmentHistoryAndQueue1732320002200 implements MigrationInterface {
  name = 'AssignmentHistoryAndQueue1732320002200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE work_orders
      ADD COLUMN category text,
      ADD COLUMN required_level int NOT NULL DEFAULT 1,
      ADD COLUMN expert boolean NOT NULL DEFAULT false,
      ADD COLUMN branch_code text,
      ADD COLUMN site_address text,
      ADD COLUMN queued_at timestamptz,
      ADD COLUMN queue_reason jsonb,
      ADD COLUMN respond_by timestamptz,
      ADD COLUMN customer_contacted_at timestamptz,
      ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`UPDATE work_orders SET queued_at = created_at WHERE status = 'queued'`);
    await q.query(`CREATE INDEX work_orders_queue ON work_orders (queued_at, id) WHERE status = 'queued'`);
    await q.query(`CREATE INDEX work_orders_board ON work_orders (branch_code, status)`);
    await q.query(`
      CREATE TABLE work_order_assignments (
        id uuid PRIMARY KEY,
        work_order_id uuid NOT NULL REFERENCES work_orders (id),
        engineer_id uuid NOT NULL REFERENCES engineers (id),
        kind text NOT NULL CHECK (kind IN ('automatic', 'manual', 'reassigned', 'takeover', 'escalated')),
        score jsonb NOT NULL,
        assigned_by text NOT NULL,
        respond_immediately boolean NOT NULL DEFAULT false,
        note text,
        assigned_at timestamptz NOT NULL,
        ended_at timestamptz,
        end_reason text
      )`);
    await q.query(`CREATE INDEX work_order_assignments_order ON work_order_assignments (work_order_id, assigned_at)`);
    await q.query(`CREATE UNIQUE INDEX work_order_assignments_current ON work_order_assignments (work_order_id) WHERE ended_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE work_order_assignments`);
    await q.query(`DROP INDEX work_orders_board`);
    await q.query(`DROP INDEX work_orders_queue`);
    await q.query(`ALTER TABLE work_orders DROP COLUMN category, DROP COLUMN required_level, DROP COLUMN expert, DROP COLUMN branch_code,
      DROP COLUMN site_address, DROP COLUMN queued_at, DROP COLUMN queue_reason, DROP COLUMN respond_by, DROP COLUMN customer_contacted_at,
      DROP COLUMN updated_at`);
  }
}
