import { WorkOrderEngineerArrivedV1Data } from '@aftersales/contracts-dispatch';
import { WorkOrderEntity } from '../../work-orders/infrastructure/work-order.entity';
import { VisitEntity } from '../infrastructure/visit.entity';

/** R-DS-4, R-SLA-1: the engineer is on site; intake's on-site clock stops on it. */
export function workOrderEngineerArrivedData(wo: WorkOrderEntity, visit: VisitEntity): WorkOrderEngineerArrivedV1Data {
  return {
    workOrderId: wo.id,
    workOrderNumber: wo.workOrderNumber,
    caseId: wo.caseId,
    visitId: visit.id,
    visitNumber: visit.visitNumber,
    engineerId: visit.engineerId,
    ...(wo.engineerName ? { engineerName: wo.engineerName } : {}),
    arrivedAt: new Date(visit.arrivedAt).toISOString(),
  };
}
