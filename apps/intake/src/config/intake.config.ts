import { z } from 'zod';
import { AppConfig } from '@aftersales/platform-service-defaults';

/** The intake service's own variables (.env.example), validated at start with the platform's. */
export const intakeConfigSchema = z.object({
  CASE_REOPEN_WINDOW_DAYS: z.coerce.number().int().min(0).max(365).default(7).describe('R-IN-7: a closed case can be reopened for this many days after closure'),
  CASE_AUTO_CLOSE_DAYS: z.coerce.number().int().min(1).max(365).default(7).describe('R-IN-7: a resolved case the customer has not confirmed closes after this many days (documented timeout)'),
  CASE_AUTO_CLOSE_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000).describe('How often each replica looks for resolved cases due to close'),
});

export interface CaseLifecycleRules {
  reopenWindowDays: number;
  autoCloseDays: number;
  autoCloseSweepIntervalMs: number;
}

export function caseLifecycleRules(config: AppConfig): CaseLifecycleRules {
  return {
    reopenWindowDays: config.get<number>('CASE_REOPEN_WINDOW_DAYS'),
    autoCloseDays: config.get<number>('CASE_AUTO_CLOSE_DAYS'),
    autoCloseSweepIntervalMs: config.get<number>('CASE_AUTO_CLOSE_SWEEP_INTERVAL_MS'),
  };
}
