import { MigrationInterface, QueryRunner } from 'typeorm';

/** R-CP-5: complaints' standing of each customer (a projection), and what a case recorded of it when it opened. */
export class ComplaintStanding1732320001900 implements MigrationInterface {
  name = 'ComplaintStanding1732320001900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customer_complaint_standing (
        customer_id uuid PRIMARY KEY,
        complained_before boolean NOT NULL,
        complaint_count int NOT NULL,
        open_complaints int NOT NULL,
        last_complaint_at timestamptz,
        version int NOT NULL
      )`);
    await q.query(`ALTER TABLE cases ADD COLUMN complainant jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases DROP COLUMN complainant`);
    await q.query(`DROP TABLE customer_complaint_standing`);
  }
}
