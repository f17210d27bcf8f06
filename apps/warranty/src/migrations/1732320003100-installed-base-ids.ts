import { MigrationInterface, QueryRunner } from 'typeorm';

/** Product models and units get an id (list order and cursor) and a creation time beside their business keys; coverage gains travel. */
export class InstalledBaseIds1732320003100 implements MigrationInterface {
  name = 'InstalledBaseIds1732320003100';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['product_models', 'units']) {
      // Rows from before have no creation order to keep; any unique id will do for them.
      await q.query(`ALTER TABLE ${table} ADD COLUMN id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid()`);
      await q.query(`ALTER TABLE ${table} ALTER COLUMN id DROP DEFAULT`);
      await q.query(`ALTER TABLE ${table} ADD COLUMN created_at timestamptz NOT NULL DEFAULT now()`);
      await q.query(`ALTER TABLE ${table} ALTER COLUMN created_at DROP DEFAULT`);
    }
    // Travel cover (R-DS-7) is part of every policy now; policies written before did not cover it.
    await q.query(`UPDATE product_models SET coverage = '{"travel": false}'::jsonb || coverage`);
    await q.query(`CREATE INDEX units_model ON units (model_code)`);
    await q.query(`CREATE INDEX units_customer ON units (customer_id) WHERE customer_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX units_customer`);
    await q.query(`DROP INDEX units_model`);
    for (const table of ['units', 'product_models']) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN created_at`);
      await q.query(`ALTER TABLE ${table} DROP COLUMN id`);
    }
  }
}
