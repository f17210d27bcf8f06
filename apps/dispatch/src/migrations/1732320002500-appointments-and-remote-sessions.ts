import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #5: appointments agreed with the customer (R-DS-4) with the 24-hour on-site arrangement target (R-SLA-1),
 * and remote sessions with the customer's consent (R-DS-1, R-DS-2).
 */
export class AppointmentsAndRemoteSessions1732320002500 implements MigrationInterface {
  name = 'AppointmentsAndRemoteSessions1732320002500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE appointments (
        id uuid PRIMARY KEY,
        work_order_id uuid NOT NULL REFERENCES work_orders (id),
        status text NOT NULL CHECK (status IN ('proposed', 'confirmed', 'rescheduled', 'cancelled')),
        slot_start timestamptz NOT NULL,
        slot_end timestamptz NOT NULL CHECK (slot_end > slot_start),
        proposed_by text NOT NULL,
        note text,
        confirmed_by text,
        confirmed_at timestamptz,
        replaces uuid REFERENCES appointments (id),
        reschedule_reason text,
        created_at timestamptz NOT NULL,
        version int NOT NULL
      )`);
    await q.query(`CREATE INDEX appointments_order ON appointments (work_order_id, created_at)`);
    await q.query(`ALTER TABLE work_orders ADD COLUMN arrangement_due_at timestamptz, ADD COLUMN arranged_at timestamptz`);
    await q.query(`UPDATE work_orders SET arrangement_due_at = created_at + interval '24 hours' WHERE service_mode IN ('on-site', 'paid-service')`);
    await q.query(`
      CREATE TABLE remote_sessions (
        id uuid PRIMARY KEY,
        work_order_id uuid NOT NULL REFERENCES work_orders (id),
        engineer_id uuid NOT NULL REFERENCES engineers (id),
        consent jsonb NOT NULL,
        tool text,
        started_at timestamptz NOT NULL,
        ended_at timestamptz,
        outcome text,
        notes text,
        version int NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX remote_sessions_one_open ON remote_sessions (work_order_id) WHERE ended_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE remote_sessions`);
    await q.query(`ALTER TABLE work_orders DROP COLUMN arrangement_due_at, DROP COLUMN arranged_at`);
    await q.query(`DROP TABLE appointments`);
  }
}
