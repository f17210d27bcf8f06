import { WorkOrderVisitIncompleteV1Data } from '@aftersales/contracts-dispatch';
import { WorkOrderEntity } from '../../work-orders/infrastructure/work-order.entity';
import { IncompleteEnd } from '../domain/visit';
import { VisitEntity } from '../infrastructure/visit.entity';

/** R-DS-4, R-DS-5: a visit ended without the repair: why, the next visit, and any standby unit lent. */
export function workOrderVisitIncompleteData(wo: WorkOrderEntity, visit: VisitEntity, end: IncompleteEnd, at: Date): WorkOrderVisitIncompleteV1Data {
  return {
    workOrderId: wo.id,
    workOrderNumber: wo.workOrderNumber,
    caseId: wo.caseId,
    visitId: visit.id,
    visitNumber: visit.visitNumber,
    engineerId: visit.engineerId,
    reasonCode: end.reasonCode,
    reason: end.reason,
    nextVisitAt: end.nextVisitAt,
    standbyUnit: end.standbyUnit,
    endedAt: at.toISOString(),
  };
}
