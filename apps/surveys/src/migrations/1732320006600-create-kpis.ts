import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * KPIs (R-SV-4, R-SLA-8, R-SLA-7): the facts taken from other services' events, the fold per case, the projection
 * per definition version, dimension and local day, the breach register, and version 1 of the definitions, which
 * is data: a later version is posted over the API, never written in code.
 */
export class CreateKpis1732320006600 implements MigrationInterface {
  name = 'CreateKpis1732320006600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kpi_definitions (
        version    integer PRIMARY KEY CHECK (version > 0),
        document   jsonb NOT NULL,
        note       text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        changes    jsonb
      )`);
    await q.query(`
      CREATE TABLE kpi_facts (
        event_id    uuid NOT NULL,
        case_id     uuid NOT NULL,
        kind        text NOT NULL,
        event_time  timestamptz NOT NULL,
        fact        jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (event_id, case_id)
      )`);
    await q.query(`CREATE INDEX kpi_facts_case ON kpi_facts (case_id, event_time)`);
    await q.query(`
      CREATE TABLE kpi_cases (
        case_id    uuid PRIMARY KEY,
        facts      jsonb NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE kpi_cells (
        version   integer NOT NULL,
        dimension text NOT NULL,
        grain     text NOT NULL CHECK (grain IN ('day', 'month')),
        key       text NOT NULL,
        day       date NOT NULL,
        kpi       text NOT NULL,
        num       double precision NOT NULL,
        den       double precision NOT NULL,
        PRIMARY KEY (version, dimension, grain, key, day, kpi)
      )`);
    await q.query(`
      CREATE TABLE kpi_breaches (
        id          uuid PRIMARY KEY,
        case_id     uuid NOT NULL,
        case_number text NOT NULL,
        clock       text NOT NULL,
        priority    text NOT NULL,
        plan_code   text NOT NULL,
        due_at      timestamptz NOT NULL,
        breached_at timestamptz NOT NULL,
        day         date NOT NULL
      )`);
    await q.query(`CREATE INDEX kpi_breaches_day ON kpi_breaches (day, id)`);
    await q.query(`CREATE INDEX kpi_breaches_case ON kpi_breaches (case_id)`);
    await q.query(`
      CREATE TABLE kpi_contract_units (
        contract_id   uuid NOT NULL,
        serial_number text NOT NULL,
        customer_id   uuid,
        product_model text,
        PRIMARY KEY (contract_id, serial_number)
      )`);
    await q.query(`INSERT INTO kpi_definitions (version, document, note, created_by, created_at) VALUES (1, $1::jsonb, $2, 'system:migration', now())`, [
      JSON.stringify(VERSION_1),
      'The KPIs of R-SV-4 with the targets of R-SLA-8',
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE kpi_contract_units, kpi_breaches, kpi_cells, kpi_cases, kpi_facts, kpi_definitions`);
  }
}

const resolved = { fact: 'resolved', op: 'eq', value: true };
const compliance = (clock: string, en: string, zh: string) => ({
  code: `response-compliance.${clock}`,
  name: { en: `Response-time compliance: ${en}`, 'zh-CN': `响应时效达标率：${zh}` },
  kind: 'ratio',
  anchor: 'resolvedAt',
  eligible: [resolved],
  success: [{ fact: `breached.${clock}`, op: 'eq', value: false }],
});

/** Version 1, as data (docs/surveys.md, "KPIs", says what each one counts). */
const VERSION_1 = {
  calendar: { hours: [{ start: '09:00', end: '17:00' }], days: 'weekdays', chinaOfficialHolidays: true, pauseWhileWaitingOnCustomer: true },
  kpis: [
    {
      code: 'resolution-rate',
      name: { en: 'Problem-resolution rate', 'zh-CN': '问题解决率' },
      kind: 'ratio',
      anchor: 'openedAt',
      eligible: [],
      success: [resolved],
      target: { min: 0.95, rule: 'R-SLA-8' },
    },
    {
      code: 'satisfaction',
      name: { en: 'Customer satisfaction (CSAT 4 or 5)', 'zh-CN': '客户满意度' },
      kind: 'ratio',
      anchor: 'csatAt',
      eligible: [{ fact: 'csat', op: 'gte', value: 1 }],
      success: [{ fact: 'csat', op: 'gte', value: 4 }],
      target: { min: 0.9, rule: 'R-SLA-8' },
    },
    { code: 'nps', name: { en: 'Net promoter score', 'zh-CN': '净推荐值' }, kind: 'nps', anchor: 'npsAt', eligible: [{ fact: 'nps', op: 'gte', value: 0 }], promoterMin: 9, detractorMax: 6 },
    compliance('response', 'response', '响应'),
    compliance('diagnosis', 'diagnosis', '诊断'),
    compliance('on-site', 'on site', '到场'),
    compliance('resolution', 'resolution', '解决'),
    {
      code: 'first-time-fix',
      name: { en: 'First-time fix', 'zh-CN': '一次修复率' },
      kind: 'ratio',
      anchor: 'resolvedAt',
      eligible: [resolved, { fact: 'hasWorkOrder', op: 'eq', value: true }],
      success: [
        { fact: 'visits', op: 'eq', value: 1 },
        { fact: 'repeatedLater', op: 'eq', value: false },
      ],
    },
    {
      code: 'repeat-repair-rate',
      name: { en: 'Repeat-repair rate', 'zh-CN': '重复维修率' },
      kind: 'ratio',
      anchor: 'resolvedAt',
      eligible: [resolved, { fact: 'hasWorkOrder', op: 'eq', value: true }],
      success: [{ fact: 'repeatedLater', op: 'eq', value: true }],
    },
    {
      code: 'mean-time-to-resolution',
      name: { en: 'Mean time to resolution (business hours)', 'zh-CN': '平均解决时长（工作小时）' },
      kind: 'mean',
      anchor: 'resolvedAt',
      eligible: [resolved],
      measure: 'businessHoursToResolution',
    },
    {
      code: 'complaint-rate',
      name: { en: 'Complaint rate', 'zh-CN': '投诉率' },
      kind: 'ratio',
      anchor: 'closedAt',
      eligible: [{ fact: 'closed', op: 'eq', value: true }],
      success: [{ fact: 'complaints', op: 'gte', value: 1 }],
    },
    {
      code: 'equipment-availability',
      name: { en: 'Equipment availability (fleets under contract)', 'zh-CN': '设备可用率（合同设备）' },
      kind: 'availability',
      anchor: 'openedAt',
      eligible: [{ fact: 'contracted', op: 'eq', value: true }],
      target: { min: 0.97, rule: 'R-SLA-8' },
    },
  ],
};
