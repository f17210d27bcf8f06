import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateWarranty1732320003000 implements MigrationInterface {
  name = 'CreateWarranty1732320003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE product_models (
        code text PRIMARY KEY,
        name text NOT NULL,
        warranty_months int NOT NULL CHECK (warranty_months >= 0),
        start_basis text NOT NULL CHECK (start_basis IN ('purchase', 'delivery', 'acceptance')),
        coverage jsonb NOT NULL
      )`);
    await q.query(`
      CREATE TABLE units (
        serial_number text PRIMARY KEY,
        model_code text NOT NULL REFERENCES product_models (code),
        customer_id uuid,
        purchase_date date,
        delivery_date date,
        acceptance_date date,
        proof_type text NOT NULL CHECK (proof_type IN ('invoice', 'warranty-card', 'none'))
      )`);
    await q.query(`
      CREATE TABLE entitlement_decisions (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL UNIQUE,
        serial_number text NOT NULL,
        product_model text NOT NULL,
        in_warranty boolean NOT NULL,
        decision jsonb NOT NULL,
        decided_at timestamptz NOT NULL,
        version int NOT NULL
      )`);
    await q.query(`CREATE INDEX entitlement_decisions_serial ON entitlement_decisions (serial_number, decided_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE entitlement_decisions`);
    await q.query(`DROP TABLE units`);
    await q.query(`DROP TABLE product_models`);
  }
}
