import { CaseResolvedV1Data } from '@aftersales/contracts-intake';
import { CaseEntity } from '../infrastructure/case.entity';

/** aftersales.intake.case.resolved.v1: the case waits for the customer's confirmation (R-IN-7). */
export function caseResolvedData(c: CaseEntity, resolvedAt: Date): CaseResolvedV1Data {
  return { caseId: c.id, caseNumber: c.caseNumber, resolution: c.resolution ?? '', workOrderId: c.workOrderId, resolvedAt: resolvedAt.toISOString() };
}
