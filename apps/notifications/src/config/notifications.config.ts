import { z } from 'zod';
import { AppConfig } from '@aftersales/platform-service-defaults';

/** The notifications service's own variables (.env.example), validated at start with the platform's. */
export const notificationsConfigSchema = z.object({
  NOTIFY_EMAIL_PROVIDER: z.enum(['log', 'smtp']).default('log').describe('log: write mail to the log (development); smtp: submit to NOTIFY_SMTP_URL'),
  NOTIFY_SMTP_URL: z.url().default('smtp://127.0.0.1:1025').describe('Where email notices are submitted (smtp:// or smtps://, credentials in the URL)'),
  NOTIFY_MAIL_FROM: z.string().min(3).default('After-sales <notifications@aftersales.local>'),
  NOTIFY_SMS_PROVIDER: z
    .enum(['log', 'http', 'tencent'])
    .default('log')
    .describe('log: write SMS to the log (development); http: the Aliyun-shaped gateway; tencent: Tencent Cloud SMS (API 3.0)'),
  NOTIFY_SMS_GATEWAY_URL: z.url().default('https://dysmsapi.aliyuncs.com/').describe('The SendSms endpoint: https://dysmsapi.aliyuncs.com/ (http) or https://sms.tencentcloudapi.com/ (tencent)'),
  NOTIFY_SMS_SDK_APP_ID: z.string().default('').describe('Tencent Cloud: the SmsSdkAppId of the SMS application'),
  NOTIFY_SMS_ACCESS_KEY_ID: z.string().default('').describe('The key id SendSms requests are signed with: Aliyun AccessKeyId (RPC signature v1) or Tencent SecretId (TC3); empty: unsigned (http)'),
  NOTIFY_SMS_ACCESS_KEY_SECRET: z.string().default('').describe('Its secret (a Kubernetes Secret, never logged)'),
  NOTIFY_SMS_REGION_ID: z.string().min(1).default('cn-hangzhou').describe('RegionId of signed requests (Aliyun cn-hangzhou; Tencent X-TC-Region, e.g. ap-guangzhou)'),
  NOTIFY_SMS_SIGN_NAME: z.string().min(1).max(20).default('售后服务').describe('The approved SMS signature; counts towards the length with its 【】'),
  NOTIFY_SMS_MAX_SEGMENTS: z.coerce.number().int().min(1).max(8).default(1).describe('An SMS longer than this many segments is not sent (recorded as failed)'),
  NOTIFY_SMS_RECEIPT_TOKEN: z
    .string()
    .refine((s) => s === '' || s.length >= 24, 'at least 24 characters, or empty to refuse every receipt')
    .default('')
    .describe('The secret path token of the SMS receipt endpoint (the gateway signs nothing); empty: receipts off'),
  NOTIFY_DINGTALK_WEBHOOK_URL: z
    .union([z.literal(''), z.url()])
    .default('')
    .describe('The DingTalk group robot: https://oapi.dingtalk.com/robot/send?access_token=...; empty: the channel is off'),
  NOTIFY_DINGTALK_SECRET: z
    .union([z.literal(''), z.string().startsWith('SEC')])
    .default('')
    .describe("The robot's signing secret (SEC...): each request is signed with it"),
  NOTIFY_WECOM_WEBHOOK_URL: z
    .union([z.literal(''), z.url()])
    .default('')
    .describe('The WeCom group robot: https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=... (the key is its only credential: a secret); empty: the channel is off'),
  NOTIFY_ROBOT_PER_MINUTE: z.coerce.number().int().min(0).max(1000).default(20).describe('At most this many messages a minute to one work-chat robot (DingTalk and WeCom take 20); more wait; 0: no limit'),
  NOTIFY_SMS_PER_PERSON_PER_HOUR: z.coerce.number().int().min(0).max(1000).default(10).describe('At most this many SMS to one person in any hour; more wait (P1/P2 and R-SLA-4 calls excepted); 0: no limit'),
  NOTIFY_SEND_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(5000),
  NOTIFY_MAX_ATTEMPTS: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(6)
    .describe('After this many transient failures in a row a delivery is reported as waiting for its provider (log, metric); it keeps waiting and goes when the provider is back'),
  NOTIFY_RETRY_BASE_MS: z.coerce.number().int().min(100).max(3600000).default(30000).describe('First retry after this long, doubling each time'),
  NOTIFY_RETRY_MAX_MS: z.coerce.number().int().min(100).max(3600000).default(600000).describe('The backoff stops growing here: once the provider is back, a waiting notice goes within this long'),
});

export interface NotificationRules {
  smsSignName: string;
  smsMaxSegments: number;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  smsPerPersonPerHour: number;
  robotPerMinute: number;
}

export function notificationRules(config: AppConfig): NotificationRules {
  return {
    smsSignName: config.get<string>('NOTIFY_SMS_SIGN_NAME'),
    smsMaxSegments: config.get<number>('NOTIFY_SMS_MAX_SEGMENTS'),
    maxAttempts: config.get<number>('NOTIFY_MAX_ATTEMPTS'),
    retryBaseMs: config.get<number>('NOTIFY_RETRY_BASE_MS'),
    retryMaxMs: config.get<number>('NOTIFY_RETRY_MAX_MS'),
    smsPerPersonPerHour: config.get<number>('NOTIFY_SMS_PER_PERSON_PER_HOUR'),
    robotPerMinute: config.get<number>('NOTIFY_ROBOT_PER_MINUTE'),
  };
}
