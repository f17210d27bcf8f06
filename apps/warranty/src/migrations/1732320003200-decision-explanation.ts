import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A decision's outcome, rules and evidence as columns of their own (R-WA-7), instead of one opaque document:
 * queryable ("every decision that failed R-WA-5") and readable without knowing the document's shape.
 */
export class DecisionExplanation1732320003200 implements MigrationInterface {
  name = 'DecisionExplanation1732320003200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE entitlement_decisions
        ADD COLUMN warranty_starts_on date,
        ADD COLUMN warranty_ends_on date,
        ADD COLUMN coverage jsonb,
        ADD COLUMN allowed_service_modes jsonb,
        ADD COLUMN sla_plan_code text,
        ADD COLUMN rules jsonb,
        ADD COLUMN evidence jsonb,
        ADD COLUMN decided_for timestamptz`);
    await q.query(`
      UPDATE entitlement_decisions SET
        warranty_starts_on = (decision->>'warrantyStartsOn')::date,
        warranty_ends_on = (decision->>'warrantyEndsOn')::date,
        coverage = '{"travel": false}'::jsonb || (decision->'coverage'),
        allowed_service_modes = decision->'allowedServiceModes',
        rules = decision->'rules',
        evidence = decision->'evidence',
        decided_for = decided_at`);
    for (const column of ['coverage', 'allowed_service_modes', 'rules', 'evidence', 'decided_for']) {
      await q.query(`ALTER TABLE entitlement_decisions ALTER COLUMN ${column} SET NOT NULL`);
    }
    await q.query(`ALTER TABLE entitlement_decisions DROP COLUMN decision`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE entitlement_decisions ADD COLUMN decision jsonb`);
    await q.query(`
      UPDATE entitlement_decisions SET decision = jsonb_build_object(
        'inWarranty', in_warranty,
        'productModel', product_model,
        'warrantyStartsOn', warranty_starts_on,
        'warrantyEndsOn', warranty_ends_on,
        'coverage', coverage,
        'allowedServiceModes', allowed_service_modes,
        'rules', rules,
        'evidence', evidence)`);
    await q.query(`ALTER TABLE entitlement_decisions ALTER COLUMN decision SET NOT NULL`);
    await q.query(`
      ALTER TABLE entitlement_decisions
        DROP COLUMN warranty_starts_on, DROP COLUMN warranty_ends_on, DROP COLUMN coverage, DROP COLUMN allowed_service_modes,
        DROP COLUMN sla_plan_code, DROP COLUMN rules, DROP COLUMN evidence, DROP COLUMN decided_for`);
  }
}
