import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateStock1732320004000 implements MigrationInterface {
  name = 'CreateStock1732320004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE warehouses (
        code text PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('central', 'branch')),
        region text
      )`);
    await q.query(`CREATE TABLE spare_parts (part_number text PRIMARY KEY, description text NOT NULL, critical boolean NOT NULL DEFAULT false)`);
    await q.query(`
      CREATE TABLE stock_levels (
        warehouse_code text NOT NULL REFERENCES warehouses (code),
        part_number text NOT NULL REFERENCES spare_parts (part_number),
        on_hand int NOT NULL,
        PRIMARY KEY (warehouse_code, part_number)
      )`);
    await q.query(`
      CREATE TABLE stock_ledger (
        id uuid PRIMARY KEY,
        warehouse_code text NOT NULL,
        part_number text NOT NULL,
        quantity_delta int NOT NULL CHECK (quantity_delta <> 0),
        reason text NOT NULL CHECK (reason IN ('issue', 'receipt', 'adjustment')),
        work_order_id uuid,
        case_id uuid,
        on_hand_after int NOT NULL,
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX stock_ledger_work_order ON stock_ledger (work_order_id) WHERE work_order_id IS NOT NULL`);
    await q.query(`CREATE INDEX stock_ledger_part ON stock_ledger (warehouse_code, part_number, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE stock_ledger`);
    await q.query(`DROP TABLE stock_levels`);
    await q.query(`DROP TABLE spare_parts`);
    await q.query(`DROP TABLE warehouses`);
  }
}
