import { MigrationInterface, QueryRunner } from 'typeorm';

/** R-CP-4: a level of the escalation ladder that reacted in time: the next level is not told. */
export class EscalationReaction1732320005300 implements MigrationInterface {
  name = 'EscalationReaction1732320005300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE complaint_escalations ADD COLUMN reacted_at timestamptz, ADD COLUMN reacted_by text, ADD COLUMN reaction text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE complaint_escalations DROP COLUMN reacted_at, DROP COLUMN reacted_by, DROP COLUMN reaction`);
  }
}
