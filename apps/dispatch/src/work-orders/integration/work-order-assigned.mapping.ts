import { WorkOrderAssignedV1Data } from '@aftersales/contracts-dispatch';
import { AssignmentKind, WorkOrderEntity } from '../infrastructure/work-order.entity';

/** An order just assigned (automatically, by hand, taken over, escalated or reassigned on R-SLA-4), with why that engineer. */
export function workOrderAssignedData(
  wo: WorkOrderEntity,
  a: { engineerId: string; engineerName: string | null; kind: AssignmentKind; at: Date; previousEngineerId: string | null; previousEngineerName: string | null; respondImmediately: boolean; reasons: string[] },
): WorkOrderAssignedV1Data {
  return {
    workOrderId: wo.id,
    workOrderNumber: wo.workOrderNumber,
    caseId: wo.caseId,
    engineerId: a.engineerId,
    ...(a.engineerName ? { engineerName: a.engineerName } : {}),
    serviceMode: wo.serviceMode as never,
    branchCode: wo.branchCode,
    assignment: a.kind,
    assignedAt: a.at.toISOString(),
    previousEngineerId: a.previousEngineerId,
    previousEngineerName: a.previousEngineerName,
    respondBy: wo.respondBy?.toISOString(),
    respondImmediately: a.respondImmediately,
    reasons: a.reasons,
  };
}
