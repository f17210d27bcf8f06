import { DomainError } from '@aftersales/platform-service-defaults';
import { IllegalWorkOrderTransition, WorkOrderStatus, transitionWorkOrder } from './domain/work-order-lifecycle';

export const workOrderNotFound = (id: string) => new DomainError('DISPATCH.WORK_ORDER_NOT_FOUND', `Work order ${id} not found`, 404);
export const engineerNotFound = (id: string) => new DomainError('DISPATCH.ENGINEER_NOT_FOUND', `Engineer ${id} not found or not active`, 404);

/** The lifecycle's refusal as a 409 problem. */
export function transitionOrConflict(from: WorkOrderStatus, to: WorkOrderStatus): WorkOrderStatus {
  try {
    return transitionWorkOrder(from, to);
  } catch (error) {
    if (error instanceof IllegalWorkOrderTransition) throw new DomainError(error.code, error.message, 409, { from: error.from, allowed: error.allowed });
    throw error;
  }
}
