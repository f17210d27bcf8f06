import { MigrationInterface, QueryRunner } from 'typeorm';

/** GET /v1/cases?assignee=: an engineer's own queue (R-IN-6), in id order like every other filter. */
export class CaseAssigneeIndex1732320001511 implements MigrationInterface {
  name = 'CaseAssigneeIndex1732320001511';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX cases_assignee ON cases (assignee_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_assignee`);
  }
}
