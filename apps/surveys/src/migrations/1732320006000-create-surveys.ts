import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSurveys1732320006000 implements MigrationInterface {
  name = 'CreateSurveys1732320006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE surveys (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL UNIQUE,
        case_number text NOT NULL,
        customer_id uuid NOT NULL,
        template_code text NOT NULL,
        status text NOT NULL CHECK (status IN ('sent', 'answered', 'expired')),
        channel text NOT NULL,
        sent_at timestamptz NOT NULL,
        answered_at timestamptz,
        version int NOT NULL
      )`);
    await q.query(`CREATE INDEX surveys_customer ON surveys (customer_id, id)`);
    await q.query(`
      CREATE TABLE survey_responses (
        id uuid PRIMARY KEY,
        survey_id uuid NOT NULL UNIQUE REFERENCES surveys (id),
        score int NOT NULL CHECK (score BETWEEN 1 AND 5),
        comment text,
        received_at timestamptz NOT NULL,
        recorded_by text NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE survey_responses`);
    await q.query(`DROP TABLE surveys`);
  }
}
