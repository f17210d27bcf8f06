import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateComplaints1732320005000 implements MigrationInterface {
  name = 'CreateComplaints1732320005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE complaint_number_seq`);
    await q.query(`
      CREATE TABLE complaints (
        id uuid PRIMARY KEY,
        complaint_number text NOT NULL UNIQUE,
        customer_id uuid NOT NULL,
        case_ids uuid[] NOT NULL,
        source text NOT NULL CHECK (source IN ('phone', 'letter', 'in-person', 'online', 'survey')),
        source_ref text UNIQUE,
        summary text NOT NULL,
        status text NOT NULL,
        due_at timestamptz NOT NULL,
        opened_at timestamptz NOT NULL,
        version int NOT NULL
      )`);
    await q.query(`CREATE INDEX complaints_case_ids ON complaints USING gin (case_ids)`);
    await q.query(`CREATE INDEX complaints_customer ON complaints (customer_id, id)`);
    await q.query(`
      CREATE TABLE complaint_steps (
        id uuid PRIMARY KEY,
        complaint_id uuid NOT NULL REFERENCES complaints (id),
        actor text NOT NULL,
        kind text NOT NULL,
        note text NOT NULL,
        at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE complaint_steps`);
    await q.query(`DROP TABLE complaints`);
    await q.query(`DROP SEQUENCE complaint_number_seq`);
  }
}
