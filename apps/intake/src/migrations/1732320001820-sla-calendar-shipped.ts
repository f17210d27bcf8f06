import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R-SLA-6 (issue #15): a calendar that still follows the shipped default takes the official holidays and 调休 days
 * of each new release at start; one an administrator has edited (version > 1) is left as the administrator made it.
 */
export class SlaCalendarShipped1732320001820 implements MigrationInterface {
  name = 'SlaCalendarShipped1732320001820';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sla_calendar ADD COLUMN follows_shipped boolean NOT NULL DEFAULT false`);
    await q.query(`UPDATE sla_calendar SET follows_shipped = true WHERE id = 'business' AND version = 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sla_calendar DROP COLUMN follows_shipped`);
  }
}
