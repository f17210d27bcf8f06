import { MigrationInterface, QueryRunner } from 'typeorm';

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** The questionnaire every closed case gets unless a more specific template matches (R-SV-1, R-SV-3). */
const POST_CASE_V1 = {
  title: text('服务满意度调查', 'Service satisfaction survey'),
  questions: [
    { id: 'overall', kind: 'csat', text: text('您对本次服务的总体满意度如何？', 'How satisfied are you with our service overall?'), required: true, overall: true, followUp: { atOrBelow: 2, actions: ['complaint'] } },
    { id: 'recommend', kind: 'nps', text: text('您向朋友或同事推荐我们的可能性有多大？', 'How likely are you to recommend us to a friend or colleague?'), required: false },
    { id: 'fixed', kind: 'yes-no', text: text('您的问题解决了吗？', 'Was your problem solved?'), required: false },
    {
      id: 'engineer',
      kind: 'choice',
      text: text('工程师的表现', 'How was the engineer?'),
      required: false,
      options: [
        { value: 'excellent', text: text('非常好', 'Excellent') },
        { value: 'good', text: text('好', 'Good') },
        { value: 'poor', text: text('差', 'Poor') },
      ],
    },
    { id: 'comment', kind: 'text', text: text('其他意见或建议', 'Anything else you would like to tell us?'), required: false },
  ],
  appliesTo: {},
  priority: 0,
  reminderAfterDays: 3,
  expiresAfterDays: 7,
  active: true,
};

const AFTER_REPAIR_V1 = { kind: 'after-service', categories: ['fault-hardware', 'fault-software', 'fault-network'], afterDays: 7, maxAttempts: 3, retryAfterWorkingDays: 1, active: true };
const CONTRACT_QUARTERLY_V1 = { kind: 'contract-periodic', slaPlanCodes: null, every: 'quarterly', maxAttempts: 3, retryAfterWorkingDays: 2, active: true };

/**
 * Issue #13: survey templates as versioned data, signed links with reminder and expiry, a survey per closure when
 * configured, the case facts that choose a template, call-back tasks, and revisit (回访) plans and tasks (R-SV-1..3).
 */
export class SurveyTemplatesLinksRevisits1732320006200 implements MigrationInterface {
  name = 'SurveyTemplatesLinksRevisits1732320006200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE survey_templates (
        code text NOT NULL,
        version int NOT NULL CHECK (version >= 1),
        definition jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        PRIMARY KEY (code, version)
      )`);
    await q.query(`INSERT INTO survey_templates (code, version, definition, created_at, created_by) VALUES ('post-case', 1, $1, now(), 'system:migration')`, [JSON.stringify(POST_CASE_V1)]);

    // Earlier surveys were all post-case-v1 in the portal: they keep their code and get the fields the links need.
    await q.query(`ALTER TABLE surveys ADD COLUMN template_version int NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE surveys ADD COLUMN language text NOT NULL DEFAULT 'zh-CN' CHECK (language IN ('zh-CN', 'en'))`);
    await q.query(`ALTER TABLE surveys ADD COLUMN closed_at timestamptz`);
    await q.query(`UPDATE surveys SET closed_at = sent_at`);
    await q.query(`ALTER TABLE surveys ALTER COLUMN closed_at SET NOT NULL`);
    await q.query(`ALTER TABLE surveys ADD COLUMN link_id uuid`);
    await q.query(`ALTER TABLE surveys ADD COLUMN remind_at timestamptz`);
    await q.query(`ALTER TABLE surveys ADD COLUMN reminded_at timestamptz`);
    await q.query(`ALTER TABLE surveys ADD COLUMN expires_at timestamptz`);
    await q.query(`ALTER TABLE surveys ADD COLUMN expired_at timestamptz`);
    // One survey per closure; SURVEY_PER_CLOSURE decides whether a second closure of a case gets one (R-SV-1).
    await q.query(`ALTER TABLE surveys DROP CONSTRAINT surveys_case_id_key`);
    await q.query(`ALTER TABLE surveys ADD CONSTRAINT surveys_case_closure UNIQUE (case_id, closed_at)`);
    await q.query(`CREATE INDEX surveys_customer_status ON surveys (customer_id, status, id)`);

    await q.query(`ALTER TABLE survey_responses ADD COLUMN answers jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE survey_responses ADD COLUMN follow_ups jsonb NOT NULL DEFAULT '[]'`);

    // What surveys and revisits learn of a case from intake's and warranty's events.
    await q.query(`
      CREATE TABLE survey_case_facts (
        case_id uuid PRIMARY KEY,
        customer_id uuid,
        channel text,
        category text,
        product_model text,
        serial_number text,
        contract_id uuid,
        sla_plan_code text,
        updated_at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE survey_call_backs (
        id uuid PRIMARY KEY,
        survey_id uuid NOT NULL REFERENCES surveys (id),
        response_id uuid NOT NULL UNIQUE REFERENCES survey_responses (id),
        case_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        question_id text NOT NULL,
        score int NOT NULL,
        due_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'done')),
        reached boolean,
        notes text,
        completed_by text,
        completed_at timestamptz,
        created_at timestamptz NOT NULL,
        version int NOT NULL
      )`);
    await q.query(`CREATE INDEX survey_call_backs_status ON survey_call_backs (status, id)`);

    await q.query(`
      CREATE TABLE revisit_plans (
        code text NOT NULL,
        version int NOT NULL CHECK (version >= 1),
        definition jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        PRIMARY KEY (code, version)
      )`);
    await q.query(
      `INSERT INTO revisit_plans (code, version, definition, created_at, created_by) VALUES ('after-repair', 1, $1, now(), 'system:migration'), ('contract-quarterly', 1, $2, now(), 'system:migration')`,
      [JSON.stringify(AFTER_REPAIR_V1), JSON.stringify(CONTRACT_QUARTERLY_V1)],
    );
    await q.query(`
      CREATE TABLE revisit_contracts (
        contract_id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        serial_number text NOT NULL,
        product_model text,
        sla_plan_code text,
        ends_on date,
        learned_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE revisits (
        id uuid PRIMARY KEY,
        plan_code text NOT NULL,
        plan_version int NOT NULL,
        kind text NOT NULL CHECK (kind IN ('after-service', 'contract-periodic')),
        source_key text NOT NULL UNIQUE,
        customer_id uuid NOT NULL,
        case_id uuid,
        contract_id uuid,
        product_model text,
        serial_number text,
        planned_on date NOT NULL,
        due_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('scheduled', 'completed', 'unreachable')),
        attempts int NOT NULL DEFAULT 0,
        findings text,
        satisfaction int CHECK (satisfaction BETWEEN 1 AND 5),
        new_problems jsonb NOT NULL DEFAULT '[]',
        completed_by text,
        completed_at timestamptz,
        created_at timestamptz NOT NULL,
        version int NOT NULL
      )`);
    await q.query(`CREATE INDEX revisits_due ON revisits (status, due_on, id)`);
    await q.query(`CREATE INDEX revisits_customer ON revisits (customer_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE revisits`);
    await q.query(`DROP TABLE revisit_contracts`);
    await q.query(`DROP TABLE revisit_plans`);
    await q.query(`DROP TABLE survey_call_backs`);
    await q.query(`DROP TABLE survey_case_facts`);
    await q.query(`ALTER TABLE survey_responses DROP COLUMN follow_ups, DROP COLUMN answers`);
    await q.query(`DROP INDEX surveys_customer_status`);
    await q.query(`ALTER TABLE surveys DROP CONSTRAINT surveys_case_closure`);
    await q.query(`ALTER TABLE surveys ADD CONSTRAINT surveys_case_id_key UNIQUE (case_id)`);
    await q.query(
      `ALTER TABLE surveys DROP COLUMN expired_at, DROP COLUMN expires_at, DROP COLUMN reminded_at, DROP COLUMN remind_at, DROP COLUMN link_id, DROP COLUMN closed_at, DROP COLUMN language, DROP COLUMN template_version`,
    );
    await q.query(`DROP TABLE survey_templates`);
  }
}
