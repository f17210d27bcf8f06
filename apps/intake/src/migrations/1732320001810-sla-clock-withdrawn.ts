import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A clock a plan or priority change took away is withdrawn, never met (issue #15): the clocks stored before this
 * version with the state `met` and stopped by a plan change say so.
 */
export class SlaClockWithdrawn1732320001810 implements MigrationInterface {
  name = 'SlaClockWithdrawn1732320001810';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE sla_clock SET state = 'withdrawn' WHERE stopped_by IN ('plan-changed', 'priority-changed') AND state <> 'withdrawn'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE sla_clock SET state = 'met' WHERE state = 'withdrawn'`);
  }
}
