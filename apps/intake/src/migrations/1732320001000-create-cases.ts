import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCases1732320001000 implements MigrationInterface {
  name = 'CreateCases1732320001000';

  async up(q: QueryRunner): Promise<void> {
    // R-IN-3: a unique human-readable number per case.
    await q.query(`CREATE SEQUENCE case_number_seq`);
    await q.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY,
        case_number text NOT NULL UNIQUE,
        channel text NOT NULL,
        customer_id uuid NOT NULL,
        contact jsonb NOT NULL,
        product_model text NOT NULL,
        serial_number text NOT NULL,
        purchase_date date,
        symptoms text NOT NULL,
        occurred_at timestamptz,
        steps_to_reproduce text,
        category text NOT NULL,
        priority text NOT NULL CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
        status text NOT NULL,
        region text,
        entitlement jsonb,
        work_order_id uuid,
        resolution text,
        created_at timestamptz NOT NULL,
        responded_at timestamptz,
        diagnosed_at timestamptz,
        resolved_at timestamptz,
        closed_at timestamptz,
        updated_at timestamptz NOT NULL,
        version int NOT NULL
      )`);
    await q.query(`CREATE INDEX cases_customer ON cases (customer_id, id)`);
    await q.query(`CREATE INDEX cases_serial ON cases (serial_number)`);
    await q.query(`CREATE INDEX cases_status ON cases (status, id)`);
    await q.query(`
      CREATE TABLE case_activity (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases (id),
        at timestamptz NOT NULL,
        actor text NOT NULL,
        kind text NOT NULL,
        visibility text NOT NULL CHECK (visibility IN ('public', 'internal')),
        detail jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX case_activity_case ON case_activity (case_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_activity`);
    await q.query(`DROP TABLE cases`);
    await q.query(`DROP SEQUENCE case_number_seq`);
  }
}
