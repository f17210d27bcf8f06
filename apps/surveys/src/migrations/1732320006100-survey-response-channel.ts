import { MigrationInterface, QueryRunner } from 'typeorm';

/** How each answer arrived: online from the customer, or by phone through an agent (R-SV-3). */
export class SurveyResponseChannel1732320006100 implements MigrationInterface {
  name = 'SurveyResponseChannel1732320006100';

  async up(q: QueryRunner): Promise<void> {
    // Earlier rows cannot tell; they get the channel the survey was offered on, then every new row must say.
    await q.query(`ALTER TABLE survey_responses ADD COLUMN channel text NOT NULL DEFAULT 'online' CHECK (channel IN ('online', 'phone'))`);
    await q.query(`ALTER TABLE survey_responses ALTER COLUMN channel DROP DEFAULT`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE survey_responses DROP COLUMN channel`);
  }
}
