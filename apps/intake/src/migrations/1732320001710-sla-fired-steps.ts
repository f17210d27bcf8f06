import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A clock remembers which rungs of its ladder have fired, so only the next one needs a pending timer (one row per
 * clock instead of one per rung: opening a case writes 3 timers instead of 7).
 */
export class SlaFiredSteps1732320001710 implements MigrationInterface {
  name = 'SlaFiredSteps1732320001710';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sla_clock ADD COLUMN fired_steps integer[] NOT NULL DEFAULT '{}'`);
    // Clocks from before: a rung whose timer already fired counts as fired.
    await q.query(`
      UPDATE sla_clock c SET fired_steps = f.steps
        FROM (SELECT split_part(key, ':', 2)::uuid AS case_id, split_part(key, ':', 3) AS clock,
                     array_agg(split_part(split_part(key, ':', 4), '@', 1)::int) AS steps
                FROM platform_timer WHERE kind = 'sla-step' AND fired_at IS NOT NULL GROUP BY 1, 2) f
       WHERE c.case_id = f.case_id AND c.clock = f.clock`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sla_clock DROP COLUMN fired_steps`);
  }
}
