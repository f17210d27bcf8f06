import { CasePriorityChangedV1Data } from '@aftersales/contracts-intake';
import { CaseEntity } from '../infrastructure/case.entity';

/** aftersales.intake.case.priority-changed.v1: staff changed the priority, with a reason (R-IN-5). */
export function casePriorityChangedData(c: CaseEntity, change: { from: CaseEntity['priority']; reason: string; actor: string; at: Date }): CasePriorityChangedV1Data {
  return { caseId: c.id, caseNumber: c.caseNumber, from: change.from, to: c.priority, reason: change.reason, changedBy: change.actor, changedAt: change.at.toISOString() };
}
