import { CaseEscalatedV1Data } from '@aftersales/contracts-intake';
import { EscalationStep } from '../domain/sla-plan';
import { SlaClockRef, SlaRecipients } from './sla-clock-ref';

/** aftersales.intake.case.escalated.v1: a rung with a level raised the case to its managers (R-SLA-3), with their reaction deadline. */
export function caseEscalatedData(
  ref: SlaClockRef,
  rung: EscalationStep,
  e: { recipients: SlaRecipients; reactBy: Date | null; dueAt: Date; escalatedAt: Date },
): CaseEscalatedV1Data {
  return {
    ...ref,
    level: rung.level,
    action: rung.action,
    reason: rung.reason,
    recipients: e.recipients,
    reactWithinMinutes: rung.reactWithinMinutes ?? null,
    reactBy: e.reactBy?.toISOString() ?? null,
    dueAt: e.dueAt.toISOString(),
    escalatedAt: e.escalatedAt.toISOString(),
  };
}
