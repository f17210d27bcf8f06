import { MigrationInterface, QueryRunner } from 'typeorm';

/** Depot repairs and their steps (R-RMA-6). */
export class DepotRepairs1732320004510 implements MigrationInterface {
  name = 'DepotRepairs1732320004510';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE depot_repair_number_seq`);
    await q.query(`
      CREATE TABLE depot_repairs (
        id uuid PRIMARY KEY,
        repair_number text NOT NULL UNIQUE,
        case_id uuid NOT NULL,
        rma_id uuid,
        customer_id uuid,
        serial_number text NOT NULL,
        product_model text,
        mode text NOT NULL CHECK (mode IN ('carry-in', 'mail-in')),
        warehouse_code text NOT NULL,
        status text NOT NULL CHECK (status IN ('received', 'diagnosed', 'quoted', 'repaired', 'qc-passed', 'qc-failed', 'shipped-back')),
        paid boolean,
        turnaround_due_at timestamptz,
        version int NOT NULL,
        received_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX depot_repairs_case ON depot_repairs (case_id)`);
    await q.query(`
      CREATE TABLE depot_repair_steps (
        id uuid PRIMARY KEY,
        repair_id uuid NOT NULL REFERENCES depot_repairs (id),
        step text NOT NULL,
        by text NOT NULL,
        at timestamptz NOT NULL,
        details jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX depot_repair_steps_repair ON depot_repair_steps (repair_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE depot_repair_steps`);
    await q.query(`DROP TABLE depot_repairs`);
    await q.query(`DROP SEQUENCE depot_repair_number_seq`);
  }
}
