import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #12: complaints handled step by step to a committed deadline. The registration's fields (R-CP-3), the new
 * lifecycle (R-CP-2), the deadlines and their escalation ladder (R-CP-4), the resolution with its root cause (R-CP-6),
 * the customer's standing (R-CP-5) and warranty's decisions as a projection.
 */
export class ComplaintHandling1732320005200 implements MigrationInterface {
  name = 'ComplaintHandling1732320005200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE complaints DROP CONSTRAINT complaints_status_check`);
    await q.query(`ALTER TABLE complaints DROP CONSTRAINT complaints_source_check`);
    await q.query(`
      UPDATE complaints SET status = CASE status WHEN 'open' THEN 'registered' WHEN 'in-progress' THEN 'investigating' WHEN 'escalated' THEN 'investigating' ELSE status END`);
    await q.query(`
      ALTER TABLE complaints
        ADD CONSTRAINT complaints_status_check CHECK (status IN ('registered', 'acknowledged', 'investigating', 'resolution-proposed', 'awaiting-customer', 'resolved', 'closed', 'reopened')),
        ADD CONSTRAINT complaints_source_check CHECK (source IN ('phone', 'letter', 'in-person', 'online', 'email', 'survey')),
        ADD COLUMN contact jsonb,
        ADD COLUMN product_model text,
        ADD COLUMN serial_number text,
        ADD COLUMN warranty jsonb,
        ADD COLUMN fault text,
        ADD COLUMN wanted_resolution text,
        ADD COLUMN severity text NOT NULL DEFAULT 'medium' CHECK (severity IN ('low', 'medium', 'high', 'critical')),
        ADD COLUMN judgement jsonb NOT NULL DEFAULT '{"commitment":"none","rule":"No particular commitment named","evidence":[]}',
        ADD COLUMN survey_id uuid,
        ADD COLUMN officer_id text,
        ADD COLUMN manager_id text,
        ADD COLUMN acknowledge_by timestamptz,
        ADD COLUMN acknowledged_at timestamptz,
        ADD COLUMN deadline_generation int NOT NULL DEFAULT 1,
        ADD COLUMN resolution jsonb,
        ADD COLUMN compensation_decision jsonb,
        ADD COLUMN resolved_at timestamptz,
        ADD COLUMN closed_at timestamptz`);
    await q.query(`UPDATE complaints SET acknowledge_by = opened_at`);
    await q.query(`ALTER TABLE complaints ALTER COLUMN acknowledge_by SET NOT NULL`);
    await q.query(`
      ALTER TABLE complaint_steps
        ADD COLUMN visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'internal')),
        ADD COLUMN outcome text CHECK (outcome IN ('done', 'skipped')),
        ADD COLUMN skipped_because text,
        ADD COLUMN detail jsonb NOT NULL DEFAULT '{}'`);
    // The first recorded step of every complaint is the listening and recording of R-CP-2.
    await q.query(`UPDATE complaint_steps SET kind = 'listen-and-record', outcome = 'done' WHERE kind = 'registered'`);
    await q.query(`CREATE UNIQUE INDEX complaint_steps_procedure ON complaint_steps (complaint_id, kind) WHERE outcome IS NOT NULL`);
    await q.query(`
      CREATE TABLE complaint_escalations (
        id uuid PRIMARY KEY,
        complaint_id uuid NOT NULL REFERENCES complaints (id),
        deadline text NOT NULL CHECK (deadline IN ('acknowledgement', 'handling')),
        generation int NOT NULL,
        level int NOT NULL,
        due_at timestamptz NOT NULL,
        escalated_at timestamptz NOT NULL,
        react_by timestamptz NOT NULL,
        notify jsonb NOT NULL,
        UNIQUE (complaint_id, deadline, generation, level)
      )`);
    // The standing row is locked (created) before the customer's first complaint is counted in it.
    await q.query(`ALTER TABLE customer_complaint_history DROP CONSTRAINT customer_complaint_history_complaint_count_check`);
    await q.query(`ALTER TABLE customer_complaint_history ADD CONSTRAINT customer_complaint_history_complaint_count_check CHECK (complaint_count >= 0)`);
    await q.query(`
      ALTER TABLE customer_complaint_history
        ADD COLUMN open_count int NOT NULL DEFAULT 0,
        ADD COLUMN last_complaint_id uuid,
        ADD COLUMN version int NOT NULL DEFAULT 0`);
    await q.query(`
      UPDATE customer_complaint_history h SET
        open_count = (SELECT count(*) FROM complaints c WHERE c.customer_id = h.customer_id AND c.status NOT IN ('resolved', 'closed')),
        last_complaint_id = (SELECT c.id FROM complaints c WHERE c.customer_id = h.customer_id ORDER BY c.opened_at DESC, c.id DESC LIMIT 1)`);
    // Warranty's decisions per case, so a complaint records the warranty status at the time (R-CP-3).
    await q.query(`
      CREATE TABLE warranty_decisions (
        case_id uuid PRIMARY KEY,
        decision_id uuid NOT NULL,
        serial_number text NOT NULL,
        product_model text NOT NULL,
        in_warranty boolean NOT NULL,
        warranty_ends_on date,
        determined_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX warranty_decisions_serial ON warranty_decisions (serial_number, determined_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE warranty_decisions`);
    await q.query(`ALTER TABLE customer_complaint_history DROP COLUMN open_count, DROP COLUMN last_complaint_id, DROP COLUMN version`);
    await q.query(`DROP TABLE complaint_escalations`);
    await q.query(`DROP INDEX complaint_steps_procedure`);
    await q.query(`UPDATE complaint_steps SET kind = 'registered' WHERE kind = 'listen-and-record'`);
    await q.query(`ALTER TABLE complaint_steps DROP COLUMN visibility, DROP COLUMN outcome, DROP COLUMN skipped_because, DROP COLUMN detail`);
    await q.query(`ALTER TABLE complaints DROP CONSTRAINT complaints_status_check, DROP CONSTRAINT complaints_source_check`);
    await q.query(`
      UPDATE complaints SET status = CASE WHEN status IN ('resolved', 'closed') THEN status WHEN status = 'registered' THEN 'open' ELSE 'in-progress' END`);
    await q.query(`
      ALTER TABLE complaints
        DROP COLUMN contact, DROP COLUMN product_model, DROP COLUMN serial_number, DROP COLUMN warranty, DROP COLUMN fault,
        DROP COLUMN wanted_resolution, DROP COLUMN severity, DROP COLUMN judgement, DROP COLUMN survey_id, DROP COLUMN officer_id,
        DROP COLUMN manager_id, DROP COLUMN acknowledge_by, DROP COLUMN acknowledged_at, DROP COLUMN deadline_generation,
        DROP COLUMN resolution, DROP COLUMN compensation_decision, DROP COLUMN resolved_at, DROP COLUMN closed_at`);
    await q.query(`ALTER TABLE complaints ADD CONSTRAINT complaints_status_check CHECK (status IN ('open', 'in-progress', 'resolved', 'closed', 'escalated'))`);
    await q.query(`ALTER TABLE complaints ADD CONSTRAINT complaints_source_check CHECK (source IN ('phone', 'letter', 'in-person', 'online', 'survey'))`);
  }
}
