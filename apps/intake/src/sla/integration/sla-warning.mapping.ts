import { SlaWarningV1Data } from '@aftersales/contracts-intake';
import { EscalationStep } from '../domain/sla-plan';
import { SlaClockRef, SlaRecipients } from './sla-clock-ref';

/** aftersales.intake.sla.warning.v1: a rung below 100 % of the target fired (R-SLA-3 warn the engineer). */
export function slaWarningData(
  ref: SlaClockRef,
  rung: EscalationStep,
  w: { percentOfTarget: number; dueAt: Date; remainingMinutes: number; recipients: SlaRecipients; warnedAt: Date },
): SlaWarningV1Data {
  return {
    ...ref,
    level: rung.level,
    percentOfTarget: w.percentOfTarget,
    dueAt: w.dueAt.toISOString(),
    remainingMinutes: w.remainingMinutes,
    reason: rung.reason,
    recipients: w.recipients,
    warnedAt: w.warnedAt.toISOString(),
  };
}
