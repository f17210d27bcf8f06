import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #5: organisation units with the regions they cover (R-DS-3), and the engineer profile assignment needs:
 * product lines, territories, expert flag, working calendar, leave, and a load counter kept in the same
 * transaction as every assignment so ranking does not count work orders each time.
 */
export class EngineersAndOrgUnits1732320002100 implements MigrationInterface {
  name = 'EngineersAndOrgUnits1732320002100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE org_units (
        code text PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('call-center', 'technical-center', 'repair-center', 'branch')),
        regions text[] NOT NULL DEFAULT '{}',
        neighbours text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE engineers
      ADD COLUMN product_lines text[] NOT NULL DEFAULT '{}',
      ADD COLUMN territories text[] NOT NULL DEFAULT '{}',
      ADD COLUMN expert boolean NOT NULL DEFAULT false,
      ADD COLUMN calendar jsonb,
      ADD COLUMN leave jsonb NOT NULL DEFAULT '[]'::jsonb,
      ADD COLUMN open_orders int NOT NULL DEFAULT 0 CHECK (open_orders >= 0),
      ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`UPDATE engineers e SET open_orders = (
      SELECT count(*) FROM work_orders w WHERE w.engineer_id = e.id AND w.status IN ('assigned', 'in-progress'))`);
    await q.query(`CREATE INDEX engineers_skills ON engineers USING gin (skills) WHERE active`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX engineers_skills`);
    await q.query(`ALTER TABLE engineers DROP COLUMN product_lines, DROP COLUMN territories, DROP COLUMN expert, DROP COLUMN calendar,
      DROP COLUMN leave, DROP COLUMN open_orders, DROP COLUMN updated_at`);
    await q.query(`DROP TABLE org_units`);
  }
}
