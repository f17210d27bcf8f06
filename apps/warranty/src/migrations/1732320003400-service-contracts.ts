import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Service contracts and extended warranties (R-WA-6) per unit, and what a decision took from them: its remedy and the
 * contract in force. Decisions made before keep their outcome as remedy.
 */
export class ServiceContracts1732320003400 implements MigrationInterface {
  name = 'ServiceContracts1732320003400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_contracts (
        id uuid PRIMARY KEY,
        contract_number text NOT NULL UNIQUE,
        serial_number text NOT NULL REFERENCES units (serial_number),
        customer_id uuid,
        tier text NOT NULL CHECK (tier IN ('5x8', '7x24')),
        sla_plan_code text NOT NULL,
        targets jsonb NOT NULL,
        coverage jsonb NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        price_minor bigint NOT NULL CHECK (price_minor >= 0),
        currency char(3) NOT NULL,
        created_at timestamptz NOT NULL,
        CHECK (ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX service_contracts_serial ON service_contracts (serial_number, starts_on)`);
    await q.query(`
      ALTER TABLE entitlement_decisions
        ADD COLUMN remedy text,
        ADD COLUMN contract_id uuid`);
    await q.query(`UPDATE entitlement_decisions SET remedy = CASE WHEN in_warranty THEN 'free-repair' ELSE 'paid-service' END`);
    await q.query(`ALTER TABLE entitlement_decisions ALTER COLUMN remedy SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE entitlement_decisions DROP COLUMN contract_id, DROP COLUMN remedy`);
    await q.query(`DROP TABLE service_contracts`);
  }
}
