import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R-WA-6, R-SLA-5 (issue #15): a product model's policy may name an SLA plan (a 3-year 7x24 hardware warranty runs on
 * the fault-emergency plan), and a decision keeps the contract's own SLA terms (targets and calendar) when the
 * contract carries them, for intake's clocks.
 */
export class ContractSlaTerms1732320003750 implements MigrationInterface {
  name = 'ContractSlaTerms1732320003750';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE product_models ADD COLUMN sla_plan_code text`);
    await q.query(`ALTER TABLE entitlement_decisions ADD COLUMN sla_terms jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE entitlement_decisions DROP COLUMN sla_terms`);
    await q.query(`ALTER TABLE product_models DROP COLUMN sla_plan_code`);
  }
}
