import { MigrationInterface, QueryRunner } from 'typeorm';

/** The service mode chosen when dispatch is requested (R-DS-1, R-DS-2), shown on the case. */
export class CaseServiceMode1732320001210 implements MigrationInterface {
  name = 'CaseServiceMode1732320001210';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN service_mode text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases DROP COLUMN service_mode`);
  }
}
