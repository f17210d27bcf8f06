import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R-IN-8 (issue #15): a case knows the branch working it (its staff read it), and every read of a customer's records
 * by staff is audited, for administrators to review.
 */
export class StaffReads1732320001980 implements MigrationInterface {
  name = 'StaffReads1732320001980';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN branch_code text`);
    await q.query(`CREATE INDEX cases_branch_code ON cases (branch_code)`);
    await q.query(`
      CREATE TABLE customer_record_reads (
        id          uuid PRIMARY KEY,
        at          timestamptz NOT NULL,
        actor       text NOT NULL,
        roles       text[] NOT NULL,
        branch      text,
        customer_id uuid,
        record      text NOT NULL,
        record_id   text,
        action      text NOT NULL
      )`);
    await q.query(`CREATE INDEX customer_record_reads_customer ON customer_record_reads (customer_id, id)`);
    await q.query(`CREATE INDEX customer_record_reads_actor ON customer_record_reads (actor, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE customer_record_reads`);
    await q.query(`DROP INDEX cases_branch_code`);
    await q.query(`ALTER TABLE cases DROP COLUMN branch_code`);
  }
}
