import { MigrationInterface, QueryRunner } from 'typeorm';

/** R-CP-5: who complained before (a per-customer projection and a flag on each complaint); statuses checked. */
export class ComplaintHistory1732320005100 implements MigrationInterface {
  name = 'ComplaintHistory1732320005100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE complaints ADD CONSTRAINT complaints_status_check CHECK (status IN ('open', 'in-progress', 'resolved', 'closed', 'escalated'))`,
    );
    await q.query(`ALTER TABLE complaints ADD COLUMN repeat_complainant boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE complaints ALTER COLUMN repeat_complainant DROP DEFAULT`);
    // Ids are UUIDv7, so a smaller id is an earlier complaint.
    await q.query(`UPDATE complaints c SET repeat_complainant = EXISTS (SELECT 1 FROM complaints p WHERE p.customer_id = c.customer_id AND p.id < c.id)`);
    await q.query(`CREATE INDEX complaints_status ON complaints (status, id)`);
    await q.query(`CREATE INDEX complaint_steps_complaint ON complaint_steps (complaint_id, at)`);
    await q.query(`
      CREATE TABLE customer_complaint_history (
        customer_id uuid PRIMARY KEY,
        complaint_count int NOT NULL CHECK (complaint_count > 0),
        last_complaint_at timestamptz NOT NULL
      )`);
    await q.query(`
      INSERT INTO customer_complaint_history (customer_id, complaint_count, last_complaint_at)
      SELECT customer_id, count(*), max(opened_at) FROM complaints GROUP BY customer_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE customer_complaint_history`);
    await q.query(`DROP INDEX complaint_steps_complaint`);
    await q.query(`DROP INDEX complaints_status`);
    await q.query(`ALTER TABLE complaints DROP COLUMN repeat_complainant`);
    await q.query(`ALTER TABLE complaints DROP CONSTRAINT complaints_status_check`);
  }
}
