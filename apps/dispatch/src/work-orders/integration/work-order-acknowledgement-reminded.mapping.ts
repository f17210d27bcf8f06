import { WorkOrderAcknowledgementRemindedV1Data } from '@aftersales/contracts-dispatch';
import { WorkOrderEntity } from '../infrastructure/work-order.entity';

/** R-SLA-4: the silent engineer reminded at 30 or 45 minutes, and whether the order went to someone else. */
export function workOrderAcknowledgementRemindedData(
  wo: WorkOrderEntity,
  silent: { engineerId: string; assignedAt: Date; respondBy: Date },
  r: { minutes: number; at: Date; reassigned: boolean },
): WorkOrderAcknowledgementRemindedV1Data {
  return {
    workOrderId: wo.id,
    workOrderNumber: wo.workOrderNumber,
    caseId: wo.caseId,
    engineerId: silent.engineerId,
    minutesSinceAssignment: r.minutes,
    assignedAt: silent.assignedAt.toISOString(),
    respondBy: silent.respondBy.toISOString(),
    remindedAt: r.at.toISOString(),
    reassigned: r.reassigned,
  };
}
