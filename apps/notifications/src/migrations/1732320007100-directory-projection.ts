import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #10: the directory follows dispatch (EngineerProfileChangedV1, OrgUnitChangedV1) and knows where a case
 * belongs (the region of its site from CaseDispatchRequestedV1, its engineer from WorkOrderAssignedV1), so roles
 * resolve in the case's branch (R-SLA-7). People keep where they came from; projected role holdings say so.
 */
export class DirectoryProjection1732320007100 implements MigrationInterface {
  name = 'DirectoryProjection1732320007100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE directory_people
      ADD COLUMN org_unit text,
      ADD COLUMN active boolean NOT NULL DEFAULT true,
      ADD COLUMN dispatch_changed_at timestamptz`);
    await q.query(`ALTER TABLE directory_role_assignments ADD COLUMN source text`);
    await q.query(`CREATE INDEX directory_role_assignments_source ON directory_role_assignments (source) WHERE source IS NOT NULL`);
    await q.query(`
      CREATE TABLE directory_org_units (
        code text PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL,
        regions text[] NOT NULL DEFAULT '{}',
        manager_person_id uuid REFERENCES directory_people (id),
        changed_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE directory_case_branches (
        case_id uuid PRIMARY KEY,
        region text,
        engineer_id text,
        assigned_at timestamptz,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`ALTER TABLE notification_unresolved ADD COLUMN org_unit text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification_unresolved DROP COLUMN org_unit`);
    await q.query(`DROP TABLE directory_case_branches`);
    await q.query(`DROP TABLE directory_org_units`);
    await q.query(`DROP INDEX directory_role_assignments_source`);
    await q.query(`ALTER TABLE directory_role_assignments DROP COLUMN source`);
    await q.query(`ALTER TABLE directory_people DROP COLUMN org_unit, DROP COLUMN active, DROP COLUMN dispatch_changed_at`);
  }
}
