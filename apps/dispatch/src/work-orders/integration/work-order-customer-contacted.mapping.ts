import { WorkOrderCustomerContactedV1Data } from '@aftersales/contracts-dispatch';
import { WorkOrderEntity } from '../infrastructure/work-order.entity';

/** R-SLA-4: the engineer's first contact with the customer, and whether it was within the hour (intake's response clock). */
export function workOrderCustomerContactedData(
  wo: WorkOrderEntity & { engineerId: string; assignedAt: Date; respondBy: Date },
  contact: { channel: WorkOrderCustomerContactedV1Data['channel']; at: Date },
): WorkOrderCustomerContactedV1Data {
  return {
    workOrderId: wo.id,
    workOrderNumber: wo.workOrderNumber,
    caseId: wo.caseId,
    engineerId: wo.engineerId,
    channel: contact.channel,
    contactedAt: contact.at.toISOString(),
    assignedAt: wo.assignedAt.toISOString(),
    respondBy: wo.respondBy.toISOString(),
    withinTarget: contact.at.getTime() <= wo.respondBy.getTime(),
  };
}
