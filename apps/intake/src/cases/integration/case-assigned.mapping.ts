import { CaseAssignedV1Data } from '@aftersales/contracts-intake';
import { CaseEntity } from '../infrastructure/case.entity';

/** aftersales.intake.case.assigned.v1: an engineer works the case now, assigned or taking it over (R-IN-6). */
export function caseAssignedData(c: CaseEntity, a: { previousAssigneeId: string | null; previousAssigneeName?: string | null; takeover: boolean; actor: string; at: Date }): CaseAssignedV1Data {
  return {
    caseId: c.id,
    caseNumber: c.caseNumber,
    assigneeId: c.assigneeId as string,
    previousAssigneeId: a.previousAssigneeId,
    assigneeName: c.assigneeName ?? null,
    previousAssigneeName: a.previousAssigneeName ?? null,
    takeover: a.takeover,
    assignedBy: a.actor,
    assignedAt: a.at.toISOString(),
  };
}
