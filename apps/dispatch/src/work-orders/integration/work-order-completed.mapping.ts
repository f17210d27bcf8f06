import { WorkOrderCompletedV1Data } from '@aftersales/contracts-dispatch';
import { WorkOrderEntity } from '../infrastructure/work-order.entity';

/** R-DS-4, R-DS-8: the work is done, with the parts used (stock is booked out from them) and, on site, the sign-off. */
export function workOrderCompletedData(
  wo: WorkOrderEntity,
  c: {
    engineerId: string;
    warehouseCode: string;
    partsUsed: { partNumber: string; quantity: number }[];
    resolution: string;
    at: Date;
    signOff?: { customerName: string; signedAt: string } | null;
    visits?: number;
  },
): WorkOrderCompletedV1Data {
  return {
    workOrderId: wo.id,
    workOrderNumber: wo.workOrderNumber,
    caseId: wo.caseId,
    engineerId: c.engineerId,
    warehouseCode: c.warehouseCode,
    partsUsed: c.partsUsed,
    resolution: c.resolution,
    completedAt: c.at.toISOString(),
    ...(c.signOff ? { signedOffBy: c.signOff.customerName, signedOffAt: c.signOff.signedAt } : {}),
    ...(c.visits !== undefined ? { visits: c.visits } : {}),
  };
}
