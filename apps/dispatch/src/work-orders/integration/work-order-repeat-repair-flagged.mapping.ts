import { WorkOrderRepeatRepairFlaggedV1Data } from '@aftersales/contracts-dispatch';
import { WorkOrderEntity } from '../infrastructure/work-order.entity';

/** R-DS-6: the new order repeats an earlier repair of the same unit and fault, whose order and engineer are named. */
export function workOrderRepeatRepairFlaggedData(
  wo: WorkOrderEntity,
  previous: { id: string; caseId: string; engineerId: string | null; completedAt: Date },
  at: Date,
): WorkOrderRepeatRepairFlaggedV1Data {
  return {
    workOrderId: wo.id,
    workOrderNumber: wo.workOrderNumber,
    caseId: wo.caseId,
    serialNumber: wo.serialNumber,
    productModel: wo.productModel,
    category: wo.category as string,
    previousWorkOrderId: previous.id,
    previousCaseId: previous.caseId,
    previousEngineerId: previous.engineerId,
    previousCompletedAt: previous.completedAt.toISOString(),
    flaggedAt: at.toISOString(),
  };
}
