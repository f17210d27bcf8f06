import { WorkOrderDiagnosedV1Data } from '@aftersales/contracts-dispatch';
import { WorkOrderEntity } from '../../work-orders/infrastructure/work-order.entity';
import { VisitEntity } from '../infrastructure/visit.entity';

/** R-DS-8: the fault diagnosed on a visit; intake meets the R-SLA-3 diagnosis clock, warranty re-evaluates with the cause. */
export function workOrderDiagnosedData(
  wo: WorkOrderEntity,
  visit: VisitEntity,
  d: { diagnosis: string; faultCode?: string; cause?: WorkOrderDiagnosedV1Data['cause']; defectiveOnArrival: boolean; at: Date },
): WorkOrderDiagnosedV1Data {
  return {
    workOrderId: wo.id,
    workOrderNumber: wo.workOrderNumber,
    caseId: wo.caseId,
    visitId: visit.id,
    engineerId: visit.engineerId,
    serialNumber: wo.serialNumber,
    diagnosis: d.diagnosis,
    faultCode: d.faultCode ?? null,
    cause: d.cause ?? null,
    defectiveOnArrival: d.defectiveOnArrival,
    diagnosedAt: d.at.toISOString(),
  };
}
