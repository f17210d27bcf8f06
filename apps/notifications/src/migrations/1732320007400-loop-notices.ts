import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #10: the notices of the loop after the repair, version 1 of their wording in zh-CN and en for email, in-app
 * and SMS: the survey invitation and its reminder (R-SV-1), the complaint deadline warning and ladder (R-CP-4), the
 * RMA return reminder, overdue notice and chasers (R-RMA-3), each depot-repair step (R-RMA-6), and RMA clocks close or
 * missed (R-RMA-2, R-RMA-7). SMS
 * codes (SMS_NOTIFY_*) are placeholders for the codes the gateway approves. The survey's SMS names no link: a signed
 * link does not fit one segment (nor a gateway's 35-character variable), so the mail and the portal carry it. A change of wording is a new version in a
 * new migration, never an edit here.
 */
export class LoopNotices1732320007400 implements MigrationInterface {
  name = 'LoopNotices1732320007400';

  async up(q: QueryRunner): Promise<void> {
    for (const t of LOOP_NOTICES_V1) {
      await q.query(
        `INSERT INTO notification_templates (id, notice, language, channel, version, subject, body, sms_template_code, sms_params)
         VALUES (gen_random_uuid(), $1, $2, $3, 1, $4, $5, $6, $7)`,
        [t.notice, t.language, t.channel, t.subject ?? null, t.body, t.smsTemplateCode ?? null, t.smsParams ?? []],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification_templates WHERE notice = ANY($1) AND version = 1`, [[...new Set(LOOP_NOTICES_V1.map((t) => t.notice))]]);
  }
}

interface Template {
  notice: string;
  language: 'zh-CN' | 'en';
  channel: 'email' | 'sms' | 'in-app';
  subject?: string;
  body: string;
  smsTemplateCode?: string;
  smsParams?: string[];
}

interface Wording {
  notice: string;
  zh: { subject: string; body: string; sms: string };
  en: { subject: string; body: string; sms: string };
  smsParams: string[];
}

const WORDINGS: Wording[] = [
  {
    notice: 'survey-invitation',
    zh: {
      subject: '【满意度调查】服务单 {{caseNumber}}：{{title}}',
      body: '您的服务单 {{caseNumber}} 已完成。请花一分钟告诉我们您的评价：{{link}}（{{expiresAt}} 前有效，仅可使用一次）。',
      sms: '服务单{{caseNumber}}已完成，评价链接已发至您的邮箱和客户门户，{{expiresAt}}前有效。',
    },
    en: {
      subject: '[Survey] Case {{caseNumber}}: {{title}}',
      body: 'Your case {{caseNumber}} is closed. Please tell us how we did: {{link}} (valid until {{expiresAt}}, once).',
      sms: 'Rate case {{caseNumber}} by mail or portal by {{expiresAt}}',
    },
    smsParams: ['caseNumber', 'expiresAt'],
  },
  {
    notice: 'survey-reminder',
    zh: {
      subject: '【满意度调查提醒】服务单 {{caseNumber}}：{{title}}',
      body: '您还没有评价服务单 {{caseNumber}}。评价链接：{{link}}（{{expiresAt}} 前有效）。',
      sms: '服务单{{caseNumber}}尚未评价，请在邮箱或客户门户中评价，{{expiresAt}}前有效。',
    },
    en: {
      subject: '[Survey reminder] Case {{caseNumber}}: {{title}}',
      body: 'You have not yet rated case {{caseNumber}}. The link: {{link}} (valid until {{expiresAt}}).',
      sms: 'Still to rate: case {{caseNumber}}, by {{expiresAt}}',
    },
    smsParams: ['caseNumber', 'expiresAt'],
  },
  {
    notice: 'complaint-deadline-warning',
    zh: {
      subject: '【投诉时限预警】{{complaintNumber}}',
      body: '投诉 {{complaintNumber}} 的{{deadline}}时限 {{dueAt}} 即将到期，请尽快处理。',
      sms: '投诉{{complaintNumber}}时限{{dueAt}}将到，请尽快处理。',
    },
    en: {
      subject: '[Complaint deadline] {{complaintNumber}}',
      body: 'The {{deadline}} deadline of complaint {{complaintNumber}} is {{dueAt}} and close. Please handle it now.',
      sms: '{{complaintNumber}} due {{dueAt}}',
    },
    smsParams: ['complaintNumber', 'dueAt'],
  },
  {
    notice: 'complaint-escalated',
    zh: {
      subject: '【投诉升级】{{complaintNumber}}（第{{level}}级）',
      body: '投诉 {{complaintNumber}} 未在{{deadline}}时限内处理，已升级到第 {{level}} 级。请于 {{reactBy}} 前处理。',
      sms: '投诉{{complaintNumber}}升级至第{{level}}级，请于{{reactBy}}前处理',
    },
    en: {
      subject: '[Complaint escalated] {{complaintNumber}} (level {{level}})',
      body: 'Complaint {{complaintNumber}} missed its {{deadline}} deadline and is escalated to level {{level}}. React by {{reactBy}}.',
      sms: '{{complaintNumber}} to L{{level}}, by {{reactBy}}',
    },
    smsParams: ['complaintNumber', 'level', 'reactBy'],
  },
  {
    notice: 'rma-return-reminder',
    zh: {
      subject: '【旧件返还提醒】{{rmaNumber}}',
      body: '请于 {{returnDueOn}} 前寄回故障件（序列号 {{serialNumber}}，RMA {{rmaNumber}}）。',
      sms: '请于{{returnDueOn}}前寄回故障件{{serialNumber}}。',
    },
    en: {
      subject: '[Return reminder] {{rmaNumber}}',
      body: 'Please send back the faulty unit (serial {{serialNumber}}, RMA {{rmaNumber}}) by {{returnDueOn}}.',
      sms: 'Return unit {{serialNumber}} by {{returnDueOn}}',
    },
    smsParams: ['serialNumber', 'returnDueOn'],
  },
  {
    notice: 'rma-return-overdue',
    zh: {
      subject: '【旧件逾期未还】{{rmaNumber}}',
      body: '故障件（序列号 {{serialNumber}}，RMA {{rmaNumber}}）应于 {{returnDueOn}} 返还，至今未收到。请尽快寄回，逾期将收取费用。',
      sms: '故障件{{serialNumber}}已逾期未还，请尽快寄回，逾期将收费。',
    },
    en: {
      subject: '[Return overdue] {{rmaNumber}}',
      body: 'The faulty unit (serial {{serialNumber}}, RMA {{rmaNumber}}) was due back on {{returnDueOn}} and has not arrived. Please send it now; it will otherwise be charged.',
      sms: 'Unit {{serialNumber}} is overdue: please return it',
    },
    smsParams: ['serialNumber'],
  },
  {
    notice: 'rma-return-chaser',
    zh: {
      subject: '【旧件催还 {{chaser}}/{{of}}】{{rmaNumber}}',
      body: '第 {{chaser}} 次（共 {{of}} 次）提醒：故障件（序列号 {{serialNumber}}，RMA {{rmaNumber}}）应于 {{returnDueOn}} 返还。最后一次提醒后将收取费用。',
      sms: '第{{chaser}}/{{of}}次催还：故障件{{serialNumber}}，请尽快寄回。',
    },
    en: {
      subject: '[Return chaser {{chaser}}/{{of}}] {{rmaNumber}}',
      body: 'Reminder {{chaser}} of {{of}}: the faulty unit (serial {{serialNumber}}, RMA {{rmaNumber}}) was due back on {{returnDueOn}}. After the last reminder it is charged.',
      sms: 'Reminder {{chaser}}/{{of}}: return unit {{serialNumber}}',
    },
    smsParams: ['chaser', 'of', 'serialNumber'],
  },
  {
    notice: 'depot-repair-step',
    zh: {
      subject: '【维修进展】{{repairNumber}}：{{step}}',
      body: '您的设备（序列号 {{serialNumber}}，维修单 {{repairNumber}}）有新进展：{{summary}}',
      sms: '维修单{{repairNumber}}有新进展，详见邮件或客户门户。',
    },
    en: {
      subject: '[Repair progress] {{repairNumber}}: {{step}}',
      body: 'Your unit (serial {{serialNumber}}, repair {{repairNumber}}): {{summary}}',
      sms: 'Repair {{repairNumber}} moved on: see mail or portal',
    },
    smsParams: ['repairNumber'],
  },
  {
    notice: 'rma-deadline-warning',
    zh: { subject: '【RMA时限预警】{{rmaNumber}}（{{clock}}）', body: 'RMA {{rmaNumber}} 的{{clock}}时限 {{dueAt}} 即将到期。', sms: '{{rmaNumber}}时限{{dueAt}}将到' },
    en: { subject: '[RMA deadline] {{rmaNumber}} ({{clock}})', body: 'The {{clock}} deadline of RMA {{rmaNumber}} is {{dueAt}} and close.', sms: '{{rmaNumber}} due {{dueAt}}' },
    smsParams: ['rmaNumber', 'dueAt'],
  },
  {
    notice: 'rma-deadline-missed',
    zh: { subject: '【RMA超时】{{rmaNumber}}（{{clock}}）', body: 'RMA {{rmaNumber}} 的{{clock}}时限 {{dueAt}} 已过，未完成。请立即处理。', sms: '{{rmaNumber}}时限{{dueAt}}已过' },
    en: { subject: '[RMA overdue] {{rmaNumber}} ({{clock}})', body: 'The {{clock}} deadline of RMA {{rmaNumber}} ({{dueAt}}) has passed. Handle it now.', sms: '{{rmaNumber}} missed {{dueAt}}' },
    smsParams: ['rmaNumber', 'dueAt'],
  },
];

const code = (notice: string, language: 'ZH' | 'EN') => `SMS_NOTIFY_${notice.toUpperCase().replace(/-/g, '_')}_${language}`;

export const LOOP_NOTICES_V1: readonly Template[] = WORDINGS.flatMap((w) => [
  { notice: w.notice, language: 'zh-CN' as const, channel: 'email' as const, subject: w.zh.subject, body: w.zh.body },
  { notice: w.notice, language: 'zh-CN' as const, channel: 'in-app' as const, subject: w.zh.subject, body: w.zh.body },
  { notice: w.notice, language: 'zh-CN' as const, channel: 'sms' as const, body: w.zh.sms, smsTemplateCode: code(w.notice, 'ZH'), smsParams: w.smsParams },
  { notice: w.notice, language: 'en' as const, channel: 'email' as const, subject: w.en.subject, body: w.en.body },
  { notice: w.notice, language: 'en' as const, channel: 'in-app' as const, subject: w.en.subject, body: w.en.body },
  { notice: w.notice, language: 'en' as const, channel: 'sms' as const, body: w.en.sms, smsTemplateCode: code(w.notice, 'EN'), smsParams: w.smsParams },
]);
