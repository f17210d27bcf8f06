import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue #5: a work order keeps the case's SLA deadlines it was requested with. */
export class WorkOrderSlaDue1732320002600 implements MigrationInterface {
  name = 'WorkOrderSlaDue1732320002600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE work_orders ADD COLUMN sla_due_at jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE work_orders DROP COLUMN sla_due_at`);
  }
}
