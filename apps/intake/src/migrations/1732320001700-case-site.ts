import { MigrationInterface, QueryRunner } from 'typeorm';

/** R-IN-2 / R-SLA-6: a case names the customer's site, and its clocks run in that site's time zone. */
export class CaseSite1732320001700 implements MigrationInterface {
  name = 'CaseSite1732320001700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN site_id uuid REFERENCES customer_sites (id)`);
    await q.query(`ALTER TABLE sla_clock ADD COLUMN time_zone text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sla_clock DROP COLUMN time_zone`);
    await q.query(`ALTER TABLE cases DROP COLUMN site_id`);
  }
}
