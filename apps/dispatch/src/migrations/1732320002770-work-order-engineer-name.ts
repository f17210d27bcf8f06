import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue #15: a work order and each of its assignments show the engineer's name (as it was when assigned), not only an id. */
export class WorkOrderEngineerName1732320002770 implements MigrationInterface {
  name = 'WorkOrderEngineerName1732320002770';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE work_orders ADD COLUMN engineer_name text`);
    await q.query(`ALTER TABLE work_order_assignments ADD COLUMN engineer_name text`);
    await q.query(`UPDATE work_orders w SET engineer_name = e.name FROM engineers e WHERE e.id = w.engineer_id`);
    await q.query(`UPDATE work_order_assignments a SET engineer_name = e.name FROM engineers e WHERE e.id = a.engineer_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE work_order_assignments DROP COLUMN engineer_name`);
    await q.query(`ALTER TABLE work_orders DROP COLUMN engineer_name`);
  }
}
