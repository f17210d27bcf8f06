import { WorkOrderAssignedV1Data } from '@aftersales/contracts-dispatch';
import { AssignmentKind, WorkOrderEntity } from '../infrastructure/work-order.entity';

/** An order just assigned (automatically, by hand, taken over, escalated or reassigned on R-SLA-4), with why that engineer. */
export function workOrderAssignedData(
  wo: WorkOrderEntity,
  a: { engineerId: string; kind: AssignmentKind; at: Date; previousEngineerId: string | null; respondImmediately: boolean; reasons: string[] },
): WorkOrderAssignedV1Data {
  return {
    workOrderId: wo.id,
    workOrderNumber: wo.workOrderNumber,
    caseId: wo.caseId,
    engineerId: a.engineerId,
    serviceMode: wo.serviceMode as never,
    assignment: a.kind,
    assignedAt: a.at.toISOString(),
    previousEngineerId: a.previousEngineerId,
    respondBy: wo.respondBy?.toISOString(),
    respondImmediately: a.respondImmediately,
    reasons: a.reasons,
    branchCode: wo.branchCode,
  };
}
