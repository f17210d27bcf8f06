import { CaseReclassifiedV1Data } from '@aftersales/contracts-intake';
import { CaseEntity } from '../infrastructure/case.entity';

type Classification = CaseReclassifiedV1Data['from'];

/** aftersales.intake.case.reclassified.v1: staff reclassified the case with a reason (R-IN-4). */
export function caseReclassifiedData(
  c: CaseEntity,
  r: { from: Classification; reason: string; serviceMode: CaseReclassifiedV1Data['serviceMode']; dispatchRequested: boolean; actor: string; at: Date },
): CaseReclassifiedV1Data {
  return {
    caseId: c.id,
    caseNumber: c.caseNumber,
    from: r.from,
    to: { category: c.category, difficulty: c.difficulty, priority: c.priority },
    reason: r.reason,
    serviceMode: r.serviceMode,
    dispatchRequested: r.dispatchRequested,
    reclassifiedBy: r.actor,
    reclassifiedAt: r.at.toISOString(),
  };
}
