import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #5: on-site visits (R-DS-4, R-DS-5, R-DS-8) with the repair procedure, the customer's consent and sign-off
 * (the signature image kept as PNG bytes), and an incomplete visit's reason, next visit and standby unit.
 */
export class Visits1732320002300 implements MigrationInterface {
  name = 'Visits1732320002300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE visits (
        id uuid PRIMARY KEY,
        work_order_id uuid NOT NULL REFERENCES work_orders (id),
        engineer_id uuid NOT NULL REFERENCES engineers (id),
        visit_number int NOT NULL,
        status text NOT NULL CHECK (status IN ('on-site', 'completed', 'incomplete')),
        arrived_at timestamptz NOT NULL,
        diagnosis text,
        repair_plan jsonb,
        work_log jsonb NOT NULL DEFAULT '[]'::jsonb,
        parts_used jsonb NOT NULL DEFAULT '[]'::jsonb,
        parts_consent jsonb,
        warehouse_code text,
        test_results jsonb NOT NULL DEFAULT '[]'::jsonb,
        quality_check jsonb,
        sign_off jsonb,
        signature_png bytea,
        resolution text,
        incomplete jsonb,
        ended_at timestamptz,
        version int NOT NULL,
        UNIQUE (work_order_id, visit_number)
      )`);
    await q.query(`CREATE UNIQUE INDEX visits_one_open ON visits (work_order_id) WHERE status = 'on-site'`);
    await q.query(`ALTER TABLE work_orders ADD COLUMN next_visit_at timestamptz, ADD COLUMN standby_unit jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE work_orders DROP COLUMN next_visit_at, DROP COLUMN standby_unit`);
    await q.query(`DROP TABLE visits`);
  }
}
