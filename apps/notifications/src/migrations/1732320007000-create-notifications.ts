import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNotifications1732320007000 implements MigrationInterface {
  name = 'CreateNotifications1732320007000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE directory_people (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        email text,
        phone text,
        preferred_channel text NOT NULL CHECK (preferred_channel IN ('email', 'sms', 'in-app', 'dingtalk')),
        language text NOT NULL CHECK (language IN ('zh-CN', 'en')),
        time_zone text NOT NULL,
        quiet_hours_start text,
        quiet_hours_end text,
        auth_subject text UNIQUE,
        external_ids text[] NOT NULL DEFAULT '{}',
        version int NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX directory_people_external_ids ON directory_people USING gin (external_ids)`);
    await q.query(`
      CREATE TABLE directory_role_assignments (
        id uuid PRIMARY KEY,
        role text NOT NULL,
        org_unit text,
        person_id uuid NOT NULL REFERENCES directory_people (id),
        valid_from timestamptz NOT NULL,
        valid_until timestamptz,
        updated_at timestamptz NOT NULL,
        CHECK (valid_until IS NULL OR valid_until > valid_from)
      )`);
    await q.query(`CREATE INDEX directory_role_assignments_role ON directory_role_assignments (role, valid_from)`);
    await q.query(`
      CREATE TABLE notification_deliveries (
        id uuid PRIMARY KEY,
        key text NOT NULL UNIQUE,
        event_id text NOT NULL,
        event_type text NOT NULL,
        notice text NOT NULL,
        case_id uuid,
        person_id uuid NOT NULL REFERENCES directory_people (id),
        channel text NOT NULL CHECK (channel IN ('email', 'sms', 'in-app', 'dingtalk')),
        address text,
        priority text,
        urgent boolean NOT NULL,
        status text NOT NULL CHECK (status IN ('queued', 'held', 'digested', 'sent', 'delivered', 'failed')),
        language text NOT NULL,
        template_id uuid,
        template_version int,
        subject text,
        body text NOT NULL,
        sms_template_code text,
        sms_params jsonb,
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        provider_ref text,
        hold_until timestamptz,
        digest_id uuid,
        queued_at timestamptz NOT NULL,
        sent_at timestamptz,
        failed_at timestamptz,
        delivered_at timestamptz,
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notification_deliveries_case ON notification_deliveries (case_id, id)`);
    await q.query(`CREATE INDEX notification_deliveries_person ON notification_deliveries (person_id, channel, id)`);
    await q.query(`CREATE INDEX notification_deliveries_provider_ref ON notification_deliveries (provider_ref) WHERE provider_ref IS NOT NULL`);
    await q.query(`CREATE INDEX notification_deliveries_held ON notification_deliveries (person_id, hold_until) WHERE status = 'held'`);
    await q.query(`
      CREATE TABLE notification_unresolved (
        id uuid PRIMARY KEY,
        event_id text NOT NULL,
        event_type text NOT NULL,
        case_id uuid,
        kind text NOT NULL CHECK (kind IN ('role', 'user')),
        ref text NOT NULL,
        reason text NOT NULL,
        recorded_at timestamptz NOT NULL,
        UNIQUE (event_id, kind, ref)
      )`);
    await q.query(`
      CREATE TABLE notification_templates (
        id uuid PRIMARY KEY,
        notice text NOT NULL,
        language text NOT NULL,
        channel text NOT NULL,
        version int NOT NULL,
        subject text,
        body text NOT NULL,
        sms_template_code text,
        sms_params text[] NOT NULL DEFAULT '{}',
        UNIQUE (notice, language, channel, version)
      )`);
    for (const t of TEMPLATES_V1) {
      await q.query(
        `INSERT INTO notification_templates (id, notice, language, channel, version, subject, body, sms_template_code, sms_params)
         VALUES (gen_random_uuid(), $1, $2, $3, 1, $4, $5, $6, $7)`,
        [t.notice, t.language, t.channel, t.subject ?? null, t.body, t.smsTemplateCode ?? null, t.smsParams ?? []],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['notification_templates', 'notification_unresolved', 'notification_deliveries', 'directory_role_assignments', 'directory_people']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}

interface SeedTemplate {
  notice: string;
  language: 'zh-CN' | 'en';
  channel: 'email' | 'sms' | 'in-app';
  subject?: string;
  body: string;
  smsTemplateCode?: string;
  smsParams?: string[];
}

// Version 1 of every notice's wording. A change is a new version in a new migration, never an edit here. SMS codes are
// placeholders for the codes the gateway approves (SMS_NOTIFY_*); their text is our copy of the approved template.
const text = (notice: string, zh: { subject: string; body: string; sms: string }, en: { subject: string; body: string; sms: string }, params: string[]): SeedTemplate[] =>
  (
    [
      ['zh-CN', zh],
      ['en', en],
    ] as const
  ).flatMap(([language, t]) => [
    { notice, language, channel: 'email', subject: t.subject, body: t.body },
    { notice, language, channel: 'in-app', subject: t.subject, body: t.body },
    { notice, language, channel: 'sms', body: t.sms, smsTemplateCode: `SMS_NOTIFY_${notice.toUpperCase().replace(/-/g, '_')}_${language === 'en' ? 'EN' : 'ZH'}`, smsParams: params },
  ]);

const TEMPLATES_V1: SeedTemplate[] = [
  ...text(
    'sla-warning',
    {
      subject: '【SLA预警】{{caseNumber}}（{{priority}}）{{clock}}剩余{{remainingMinutes}}分钟',
      body: '服务单 {{caseNumber}}（{{priority}}）的{{clock}}时限将于 {{dueAt}} 到期，剩余 {{remainingMinutes}} 分钟。原因：{{reason}}。',
      sms: '服务单{{caseNumber}}({{priority}}){{clock}}剩{{remainingMinutes}}分钟到期,请跟进。',
    },
    {
      subject: '[SLA warning] {{caseNumber}} ({{priority}}) {{clock}}: {{remainingMinutes}} min left',
      body: 'Case {{caseNumber}} ({{priority}}): the {{clock}} deadline is {{dueAt}}, {{remainingMinutes}} minutes from now. Reason: {{reason}}.',
      sms: 'Case {{caseNumber}} {{priority}} {{clock}} due in {{remainingMinutes}} min',
    },
    ['caseNumber', 'priority', 'clock', 'remainingMinutes'],
  ),
  ...text(
    'sla-breached',
    {
      subject: '【SLA超时】{{caseNumber}}（{{priority}}）{{clock}}已超时',
      body: '服务单 {{caseNumber}}（{{priority}}）的{{clock}}时限 {{dueAt}} 已过，未达成。请立即处理。',
      sms: '服务单{{caseNumber}}({{priority}}){{clock}}已超时,请立即处理。',
    },
    {
      subject: '[SLA breached] {{caseNumber}} ({{priority}}) {{clock}}',
      body: 'Case {{caseNumber}} ({{priority}}) missed its {{clock}} deadline of {{dueAt}}. Act now.',
      sms: 'Case {{caseNumber}} {{priority}} {{clock}} breached',
    },
    ['caseNumber', 'priority', 'clock'],
  ),
  ...text(
    'case-escalated',
    {
      subject: '【升级】{{caseNumber}}（{{priority}}）第{{level}}级',
      body: '服务单 {{caseNumber}}（{{priority}}）已升级至第 {{level}} 级：{{reason}}。请于 {{reactBy}} 前处理。',
      sms: '服务单{{caseNumber}}({{priority}})升级至第{{level}}级,请处理。',
    },
    {
      subject: '[Escalated] {{caseNumber}} ({{priority}}) level {{level}}',
      body: 'Case {{caseNumber}} ({{priority}}) escalated to level {{level}}: {{reason}}. React by {{reactBy}}.',
      sms: 'Case {{caseNumber}} {{priority}} escalated L{{level}}',
    },
    ['caseNumber', 'priority', 'level'],
  ),
  ...text(
    'acknowledgement-reminder',
    {
      subject: '【提醒】工单{{workOrderNumber}}已派{{minutes}}分钟，请联系客户',
      body: '工单 {{workOrderNumber}} 已派给您 {{minutes}} 分钟，尚未联系客户。请在 {{respondBy}} 前联系客户。',
      sms: '工单{{workOrderNumber}}已派{{minutes}}分钟,请尽快联系客户。',
    },
    {
      subject: '[Reminder] Work order {{workOrderNumber}}: contact the customer',
      body: 'Work order {{workOrderNumber}} was assigned to you {{minutes}} minutes ago and the customer has not been contacted. Contact them by {{respondBy}}.',
      sms: 'WO {{workOrderNumber}}: {{minutes}} min, contact customer',
    },
    ['workOrderNumber', 'minutes'],
  ),
  ...text(
    'reassigned-to-you',
    {
      subject: '【改派】工单{{workOrderNumber}}已改派给您，请立即联系客户',
      body: '工单 {{workOrderNumber}} 已改派给您（原工程师未及时响应）。请立即联系客户。',
      sms: '工单{{workOrderNumber}}已改派给您,请立即联系客户。',
    },
    {
      subject: '[Reassigned] Work order {{workOrderNumber}} is yours: contact the customer now',
      body: 'Work order {{workOrderNumber}} was reassigned to you because the previous engineer did not respond. Contact the customer at once.',
      sms: 'WO {{workOrderNumber}} reassigned to you, call now',
    },
    ['workOrderNumber'],
  ),
  ...text(
    'reassigned-away',
    {
      subject: '【改派】工单{{workOrderNumber}}已改派他人',
      body: '工单 {{workOrderNumber}} 因未及时响应已改派给其他工程师，您无需再处理。',
      sms: '工单{{workOrderNumber}}已改派他人,无需处理。',
    },
    {
      subject: '[Reassigned] Work order {{workOrderNumber}} went to another engineer',
      body: 'Work order {{workOrderNumber}} was reassigned to another engineer because it was not acknowledged in time. You no longer need to act on it.',
      sms: 'WO {{workOrderNumber}} reassigned to another engineer',
    },
    ['workOrderNumber'],
  ),
  ...text(
    'quiet-hours-digest',
    {
      subject: '【夜间汇总】{{count}}条通知',
      body: '夜间暂缓的 {{count}} 条通知：{{cases}}',
      sms: '夜间有{{count}}条通知:{{cases}}',
    },
    {
      subject: '[Overnight] {{count}} notices',
      body: '{{count}} notices held overnight: {{cases}}',
      sms: '{{count}} overnight notices: {{cases}}',
    },
    ['count', 'cases'],
  ),
];

/** The seeded notices, for tests that check every one renders within the SMS limit. */
export const SEEDED_TEMPLATES: readonly SeedTemplate[] = TEMPLATES_V1;
