import { MigrationInterface, QueryRunner } from 'typeorm';

/** R-DS-6: a work order that repeats an earlier repair of the same unit and fault within 3 months points at it. */
export class RepeatRepairs1732320002400 implements MigrationInterface {
  name = 'RepeatRepairs1732320002400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE work_orders ADD COLUMN repeat_of uuid REFERENCES work_orders (id)`);
    await q.query(`CREATE INDEX work_orders_unit_history ON work_orders (serial_number, completed_at) WHERE status = 'completed'`);
    await q.query(`CREATE INDEX work_orders_engineer_day ON work_orders (engineer_id, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX work_orders_engineer_day`);
    await q.query(`DROP INDEX work_orders_unit_history`);
    await q.query(`ALTER TABLE work_orders DROP COLUMN repeat_of`);
  }
}
