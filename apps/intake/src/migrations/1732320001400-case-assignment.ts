import { MigrationInterface, QueryRunner } from 'typeorm';

/** The engineer working a case (R-IN-6), and the index the auto-close sweep reads due resolved cases by (R-IN-7). */
export class CaseAssignment1732320001400 implements MigrationInterface {
  name = 'CaseAssignment1732320001400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN assignee_id text, ADD COLUMN assigned_at timestamptz`);
    await q.query(`CREATE INDEX cases_resolved_due ON cases (resolved_at, id) WHERE status = 'resolved'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_resolved_due`);
    await q.query(`ALTER TABLE cases DROP COLUMN assigned_at, DROP COLUMN assignee_id`);
  }
}
