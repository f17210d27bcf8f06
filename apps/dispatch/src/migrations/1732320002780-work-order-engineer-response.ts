import { MigrationInterface, QueryRunner } from 'typeorm';

/** R-SLA-2, R-SLA-4 (issue #15): a work order keeps the SLA plan's response window by priority and reminder ladder. */
export class WorkOrderEngineerResponse1732320002780 implements MigrationInterface {
  name = 'WorkOrderEngineerResponse1732320002780';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE work_orders ADD COLUMN engineer_response jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE work_orders DROP COLUMN engineer_response`);
  }
}
