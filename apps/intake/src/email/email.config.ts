import { z } from 'zod';
import { PriorityLevel, priorityLevel } from '@aftersales/contracts-core';
import { CaseCategory, caseCategory } from '@aftersales/contracts-intake';
import { AppConfig, booleanVariable } from '@aftersales/platform-service-defaults';

/** The email channel's variables (.env.example), validated at start with the platform's. */
export const emailChannelConfigSchema = z
  .object({
    EMAIL_SMTP_ENABLED: booleanVariable.default(false).describe('Run the SMTP listener that turns mail into cases'),
    EMAIL_SMTP_HOST: z.string().trim().min(1).default('127.0.0.1').describe('Interface the listener binds (0.0.0.0 in a container)'),
    EMAIL_SMTP_PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535).default(2525),
    EMAIL_SUPPORT_ADDRESS: z.email({ error: 'must be an email address' }).optional().describe('The one recipient accepted; required when enabled'),
    EMAIL_MAX_MESSAGE_BYTES: z.coerce.number({ error: 'must be a number' }).int().min(1024).max(100 * 1024 * 1024).default(10 * 1024 * 1024),
    EMAIL_DEFAULT_CATEGORY: caseCategory.default('consultation').describe('R-IN-4 category of a case opened by mail, until an agent triages it'),
    EMAIL_DEFAULT_PRIORITY: priorityLevel.default('P3').describe('R-IN-5 priority of a case opened by mail, until an agent triages it'),
    EMAIL_MAX_CASES_PER_SENDER_PER_HOUR: z.coerce
      .number({ error: 'must be a number' })
      .int()
      .min(1)
      .max(10_000)
      .default(10)
      .describe('Loop protection: new cases one address may open by mail in any hour; more are deferred with 450'),
  })
  .refine((v) => !v.EMAIL_SMTP_ENABLED || v.EMAIL_SUPPORT_ADDRESS, {
    path: ['EMAIL_SUPPORT_ADDRESS'],
    message: 'is required when EMAIL_SMTP_ENABLED is true',
  });

export interface EmailChannelSettings {
  enabled: boolean;
  host: string;
  port: number;
  supportAddress: string;
  maxMessageBytes: number;
  defaultCategory: CaseCategory;
  defaultPriority: PriorityLevel;
  maxCasesPerSenderPerHour: number;
  /** How long a graceful shutdown waits for SMTP clients to finish their transaction. */
  closeTimeoutMs: number;
}

export function emailChannelSettings(config: AppConfig): EmailChannelSettings {
  return {
    enabled: config.get<boolean>('EMAIL_SMTP_ENABLED'),
    host: config.get<string>('EMAIL_SMTP_HOST'),
    port: config.get<number>('EMAIL_SMTP_PORT'),
    supportAddress: (config.get<string | undefined>('EMAIL_SUPPORT_ADDRESS') ?? '').toLowerCase(),
    maxMessageBytes: config.get<number>('EMAIL_MAX_MESSAGE_BYTES'),
    defaultCategory: config.get<CaseCategory>('EMAIL_DEFAULT_CATEGORY'),
    defaultPriority: config.get<PriorityLevel>('EMAIL_DEFAULT_PRIORITY'),
    maxCasesPerSenderPerHour: config.get<number>('EMAIL_MAX_CASES_PER_SENDER_PER_HOUR'),
    // Half the shutdown budget: the rest is for the messaging backbone and the database after it.
    closeTimeoutMs: Math.min(5_000, Math.floor(config.values.SHUTDOWN_TIMEOUT_MS / 2)),
  };
}
