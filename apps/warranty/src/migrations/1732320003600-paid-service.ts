import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Paid service (R-DS-7): price lists with labour rates and travel fees, service packages customers bought, quotes for
 * paid service, and warranty claims for free repairs. Money is bigint minor units with its currency.
 */
export class PaidService1732320003600 implements MigrationInterface {
  name = 'PaidService1732320003600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE price_lists (
        code text PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        currency char(3) NOT NULL,
        labour_rate_per_hour_minor bigint NOT NULL CHECK (labour_rate_per_hour_minor >= 0),
        travel_fee_minor bigint NOT NULL CHECK (travel_fee_minor >= 0),
        parts jsonb NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE service_packages (
        id uuid PRIMARY KEY,
        package_number text NOT NULL UNIQUE,
        serial_number text NOT NULL REFERENCES units (serial_number),
        labour_minutes int NOT NULL CHECK (labour_minutes >= 0),
        travel boolean NOT NULL,
        parts_allowance_minor bigint NOT NULL CHECK (parts_allowance_minor >= 0),
        currency char(3) NOT NULL,
        valid_from date NOT NULL,
        valid_to date NOT NULL CHECK (valid_to >= valid_from),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE quotes (
        id uuid PRIMARY KEY,
        decision_id uuid NOT NULL REFERENCES entitlement_decisions (id),
        case_id uuid NOT NULL,
        serial_number text NOT NULL,
        price_list_code text NOT NULL REFERENCES price_lists (code),
        package_number text REFERENCES service_packages (package_number),
        currency char(3) NOT NULL,
        lines jsonb NOT NULL,
        deductions jsonb NOT NULL,
        subtotal_minor bigint NOT NULL,
        total_minor bigint NOT NULL CHECK (total_minor >= 0),
        rules jsonb NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX quotes_case ON quotes (case_id)`);
    await q.query(`
      CREATE TABLE warranty_claims (
        id uuid PRIMARY KEY,
        decision_id uuid NOT NULL UNIQUE REFERENCES entitlement_decisions (id),
        case_id uuid NOT NULL,
        serial_number text NOT NULL,
        price_list_code text NOT NULL REFERENCES price_lists (code),
        currency char(3) NOT NULL,
        lines jsonb NOT NULL,
        amount_minor bigint NOT NULL,
        status text NOT NULL CHECK (status IN ('submitted', 'approved', 'rejected')),
        reason text,
        submitted_by text NOT NULL,
        submitted_at timestamptz NOT NULL,
        decided_by text,
        decided_at timestamptz,
        version int NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE warranty_claims`);
    await q.query(`DROP TABLE quotes`);
    await q.query(`DROP TABLE service_packages`);
    await q.query(`DROP TABLE price_lists`);
  }
}
