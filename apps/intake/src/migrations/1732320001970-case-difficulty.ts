import { MigrationInterface, QueryRunner } from 'typeorm';

/** R-IN-4 (issue #15): a case is marked common or difficult (常见/疑难); null until someone classifies it. */
export class CaseDifficulty1732320001970 implements MigrationInterface {
  name = 'CaseDifficulty1732320001970';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN difficulty text CHECK (difficulty IN ('common', 'difficult'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases DROP COLUMN difficulty`);
  }
}
