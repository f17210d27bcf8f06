import { z } from 'zod';
import { AppConfig } from '@aftersales/platform-service-defaults';

/** Development only: the image (NODE_ENV=production) refuses to start with it, so links are never signed with a known key. */
const DEVELOPMENT_LINK_SECRET = 'change-me-survey-link-secret-0123456789';

/** The surveys service's own variables (.env.example), validated at start with the platform's. */
export const surveysConfigSchema = z.object({
  SURVEY_LINK_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .default(DEVELOPMENT_LINK_SECRET)
    .refine((v) => v !== DEVELOPMENT_LINK_SECRET || process.env.NODE_ENV !== 'production', 'must be set in production (the development default signs links anyone could forge)')
    .describe('R-SV-1: signs the survey links (HS256); rotate it and unanswered links stop working'),
  SURVEY_LINK_BASE_URL: z.url().default('http://localhost:8080/survey').describe('The customer page that opens a survey link; the token is appended as ?t='),
  SURVEY_DEFAULT_LANGUAGE: z.enum(['zh-CN', 'en']).default('zh-CN').describe('The language of a survey when the case does not say'),
  SURVEY_PER_CLOSURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('R-SV-1: false (default) one survey per case; true: a reopened case that closes again gets another'),
  SURVEY_TIME_ZONE: z
    .string()
    .refine((zone) => Intl.supportedValuesOf('timeZone').includes(zone) || zone === 'UTC', 'must be an IANA time zone')
    .default('Asia/Shanghai')
    .describe('R-SV-2: the zone of the business calendar revisits and call-backs are due on'),
  KPI_TIME_ZONE: z
    .string()
    .refine((zone) => Intl.supportedValuesOf('timeZone').includes(zone) || zone === 'UTC', 'must be an IANA time zone')
    .default('Asia/Shanghai')
    .describe('R-SV-4: KPI days, weeks and months are cut at midnight in this zone, and kpi.snapshot falls due then'),
});

export interface SurveyRules {
  linkSecret: string;
  linkBaseUrl: string;
  defaultLanguage: 'zh-CN' | 'en';
  perClosure: boolean;
  timeZone: string;
}

export function surveyRules(config: AppConfig): SurveyRules {
  return {
    linkSecret: config.get<string>('SURVEY_LINK_SECRET'),
    linkBaseUrl: config.get<string>('SURVEY_LINK_BASE_URL'),
    defaultLanguage: config.get<'zh-CN' | 'en'>('SURVEY_DEFAULT_LANGUAGE'),
    perClosure: config.get<boolean>('SURVEY_PER_CLOSURE'),
    timeZone: config.get<string>('SURVEY_TIME_ZONE'),
  };
}
