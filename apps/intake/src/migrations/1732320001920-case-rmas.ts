import { MigrationInterface, QueryRunner } from 'typeorm';

/** The RMAs of a case as rma-inventory reports them (issue #11): a small projection shown in the case read. */
export class CaseRmas1732320001920 implements MigrationInterface {
  name = 'CaseRmas1732320001920';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN rmas jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases DROP COLUMN rmas`);
  }
}
