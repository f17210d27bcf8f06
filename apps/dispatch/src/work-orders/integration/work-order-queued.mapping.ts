import { WorkOrderQueuedV1Data } from '@aftersales/contracts-dispatch';
import { WorkOrderEntity } from '../infrastructure/work-order.entity';

/** An order nobody is eligible for, waiting in the queue, with the engineers left out counted by reason (R-DS-3). */
export function workOrderQueuedData(wo: WorkOrderEntity, q: { reason: string; rejections: Record<string, number>; at: Date }): WorkOrderQueuedV1Data {
  return {
    workOrderId: wo.id,
    workOrderNumber: wo.workOrderNumber,
    caseId: wo.caseId,
    priority: wo.priority as never,
    serviceMode: wo.serviceMode as never,
    region: wo.region,
    requiredSkill: wo.requiredSkill,
    expert: wo.expert,
    reason: q.reason,
    rejections: q.rejections,
    queuedAt: q.at.toISOString(),
  };
}
