import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #10: dispatch tells the notifier who its engineers and org units are (EngineerProfileChangedV1,
 * OrgUnitChangedV1). An engineer may carry a work email and mobile, an org unit its response-center manager; both
 * count versions, the events' sequence.
 */
export class DirectoryContacts1732320002700 implements MigrationInterface {
  name = 'DirectoryContacts1732320002700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE engineers ADD COLUMN email text, ADD COLUMN phone text, ADD COLUMN version int NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE org_units ADD COLUMN manager jsonb, ADD COLUMN version int NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE org_units DROP COLUMN manager, DROP COLUMN version`);
    await q.query(`ALTER TABLE engineers DROP COLUMN email, DROP COLUMN phone, DROP COLUMN version`);
  }
}
