import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #10: the notice catalogue's first notice beyond the SLA ladder, warranty's contract expiry (R-WA-6), version 1
 * of its wording in zh-CN and en for email, in-app and SMS (SMS_NOTIFY_CONTRACT_EXPIRING_*: placeholders for the
 * codes the gateway approves). A change of wording is a new version in a new migration, never an edit here.
 */
export class ContractExpiringNotice1732320007300 implements MigrationInterface {
  name = 'ContractExpiringNotice1732320007300';

  async up(q: QueryRunner): Promise<void> {
    for (const t of CONTRACT_EXPIRING_V1) {
      await q.query(
        `INSERT INTO notification_templates (id, notice, language, channel, version, subject, body, sms_template_code, sms_params)
         VALUES (gen_random_uuid(), $1, $2, $3, 1, $4, $5, $6, $7)`,
        [t.notice, t.language, t.channel, t.subject ?? null, t.body, t.smsTemplateCode ?? null, t.smsParams ?? []],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification_templates WHERE notice = 'contract-expiring' AND version = 1`);
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

const ZH = {
  subject: '【合同到期】{{contractNumber}}将于{{endsOn}}到期',
  body: '服务合同 {{contractNumber}}（设备 {{serialNumber}}，{{tier}}）将于 {{endsOn}} 到期，剩余 {{daysLeft}} 天。请联系客户办理续约。',
};
const EN = {
  subject: '[Contract expiring] {{contractNumber}} ends on {{endsOn}}',
  body: 'Service contract {{contractNumber}} (unit {{serialNumber}}, {{tier}}) ends on {{endsOn}}, {{daysLeft}} days from now. Offer the renewal.',
};
const PARAMS = ['contractNumber', 'endsOn', 'daysLeft'];

export const CONTRACT_EXPIRING_V1: readonly Template[] = [
  { notice: 'contract-expiring', language: 'zh-CN', channel: 'email', ...ZH },
  { notice: 'contract-expiring', language: 'zh-CN', channel: 'in-app', ...ZH },
  { notice: 'contract-expiring', language: 'zh-CN', channel: 'sms', body: '合同{{contractNumber}}将于{{endsOn}}到期,剩{{daysLeft}}天,请及时续约。', smsTemplateCode: 'SMS_NOTIFY_CONTRACT_EXPIRING_ZH', smsParams: PARAMS },
  { notice: 'contract-expiring', language: 'en', channel: 'email', ...EN },
  { notice: 'contract-expiring', language: 'en', channel: 'in-app', ...EN },
  { notice: 'contract-expiring', language: 'en', channel: 'sms', body: 'Contract {{contractNumber}} ends {{endsOn}}, {{daysLeft}} days left', smsTemplateCode: 'SMS_NOTIFY_CONTRACT_EXPIRING_EN', smsParams: PARAMS },
];
