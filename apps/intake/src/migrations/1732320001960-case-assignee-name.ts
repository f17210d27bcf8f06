import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue #15: the case shows the engineer working it by name, not only by id (from dispatch's assignment). */
export class CaseAssigneeName1732320001960 implements MigrationInterface {
  name = 'CaseAssigneeName1732320001960';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN assignee_name text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases DROP COLUMN assignee_name`);
  }
}
