import { CaseStatusChangedV1Data } from '@aftersales/contracts-intake';
import { CaseStatus } from '../domain/case-lifecycle';
import { CaseEntity } from '../infrastructure/case.entity';

/** aftersales.intake.case.status-changed.v1: one step of the lifecycle (R-IN-7), who took it and why. */
export function caseStatusChangedData(
  c: CaseEntity,
  change: { from: CaseStatus; to: CaseStatus; action: string; reason: string | null; actor: string; at: Date },
): CaseStatusChangedV1Data {
  return {
    caseId: c.id,
    caseNumber: c.caseNumber,
    from: change.from,
    to: change.to,
    action: change.action,
    reason: change.reason,
    changedBy: change.actor,
    changedAt: change.at.toISOString(),
  };
}
