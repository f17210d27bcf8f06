import { z } from 'zod';
import { PriorityLevel, priorityLevel } from '@aftersales/contracts-core';
import { CaseCategory, caseCategory } from '@aftersales/contracts-intake';
import { AppConfig, booleanVariable } from '@aftersales/platform-service-defaults';

/** The WeChat official account channel's variables (.env.example), validated at start with the platform's. */
export const wechatChannelConfigSchema = z.object({
  WECHAT_ENABLED: booleanVariable.default(false).describe('Answer the official account’s server callback at /v1/channels/wechat'),
  WECHAT_TOKEN: z.string().trim().regex(/^[A-Za-z0-9]{3,32}$/, { error: 'must be the 3-32 letters and digits set as Token in the account' }).optional(),
  WECHAT_APP_ID: z.string().trim().min(1).max(64).optional().describe('The account’s AppID; required for the security mode'),
  WECHAT_ENCODING_AES_KEY: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{43}$/, { error: 'must be the 43-character EncodingAESKey' })
    .optional()
    .describe('Set for the security mode (安全模式) or the compatible mode: posts come encrypted'),
  WECHAT_MEDIA_HOSTS: z
    .string()
    .trim()
    .default('mmbiz.qpic.cn,mmbiz.qlogo.cn')
    .transform((v) => v.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean))
    .describe('Hosts a picture message’s PicUrl may point at; it is fetched into the case’s attachments'),
  WECHAT_DEFAULT_CATEGORY: caseCategory.default('fault-hardware').describe('R-IN-4 category of a case opened from WeChat, until an agent triages it'),
  WECHAT_DEFAULT_PRIORITY: priorityLevel.default('P3').describe('R-IN-5 priority of a case opened from WeChat, until an agent triages it'),
});

export interface WechatChannelSettings {
  enabled: boolean;
  token: string;
  appId: string | null;
  encodingAesKey: string | null;
  mediaHosts: string[];
  defaultCategory: CaseCategory;
  defaultPriority: PriorityLevel;
}

export function wechatChannelSettings(config: AppConfig): WechatChannelSettings {
  return {
    enabled: config.get<boolean>('WECHAT_ENABLED'),
    token: config.get<string | undefined>('WECHAT_TOKEN') ?? '',
    appId: config.get<string | undefined>('WECHAT_APP_ID') ?? null,
    encodingAesKey: config.get<string | undefined>('WECHAT_ENCODING_AES_KEY') ?? null,
    mediaHosts: config.get<string[]>('WECHAT_MEDIA_HOSTS'),
    defaultCategory: config.get<CaseCategory>('WECHAT_DEFAULT_CATEGORY'),
    defaultPriority: config.get<PriorityLevel>('WECHAT_DEFAULT_PRIORITY'),
  };
}
