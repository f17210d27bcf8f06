import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDispatch1732320002000 implements MigrationInterface {
  name = 'CreateDispatch1732320002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE engineers (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        home_branch text NOT NULL,
        region text NOT NULL,
        skills text[] NOT NULL,
        level int NOT NULL DEFAULT 1,
        max_concurrent_orders int NOT NULL CHECK (max_concurrent_orders > 0),
        active boolean NOT NULL DEFAULT true
      )`);
    await q.query(`CREATE SEQUENCE work_order_number_seq`);
    await q.query(`
      CREATE TABLE work_orders (
        id uuid PRIMARY KEY,
        work_order_number text NOT NULL UNIQUE,
        case_id uuid NOT NULL UNIQUE,
        case_number text NOT NULL,
        customer_id uuid NOT NULL,
        product_model text NOT NULL,
        serial_number text NOT NULL,
        service_mode text NOT NULL,
        priority text NOT NULL,
        region text,
        required_skill text,
        in_warranty boolean NOT NULL,
        status text NOT NULL,
        engineer_id uuid REFERENCES engineers (id),
        assignment jsonb,
        parts_used jsonb NOT NULL DEFAULT '[]'::jsonb,
        warehouse_code text,
        resolution text,
        created_at timestamptz NOT NULL,
        assigned_at timestamptz,
        completed_at timestamptz,
        version int NOT NULL
      )`);
    await q.query(`CREATE INDEX work_orders_engineer_open ON work_orders (engineer_id) WHERE status IN ('assigned', 'in-progress')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE work_orders`);
    await q.query(`DROP SEQUENCE work_order_number_seq`);
    await q.query(`DROP TABLE engineers`);
  }
}
