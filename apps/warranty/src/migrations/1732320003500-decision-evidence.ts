import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence that arrives after a case opened (the engineer's diagnosis, the inspection of a returned unit) is kept on
 * the decision it re-evaluated; each diagnosed fault is a repair of the unit, counted for R-WA-4.
 */
export class DecisionEvidence1732320003500 implements MigrationInterface {
  name = 'DecisionEvidence1732320003500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE entitlement_decisions ADD COLUMN diagnosis jsonb, ADD COLUMN return_request jsonb`);
    await q.query(`
      CREATE TABLE unit_repairs (
        case_id uuid PRIMARY KEY,
        serial_number text NOT NULL,
        decision_id uuid NOT NULL REFERENCES entitlement_decisions (id),
        fault_code text NOT NULL,
        repaired_on date NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX unit_repairs_serial_fault ON unit_repairs (serial_number, fault_code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE unit_repairs`);
    await q.query(`ALTER TABLE entitlement_decisions DROP COLUMN return_request, DROP COLUMN diagnosis`);
  }
}
