import { EntityManager } from 'typeorm';
import { isOpen } from '../domain/work-order-lifecycle';
import { WorkOrderEntity } from '../infrastructure/work-order.entity';
import { lockWorkOrder } from '../infrastructure/work-order.repository';
import { closedForAssignment } from '../work-order.errors';

/** The order, locked, for a change of hands: a completed or cancelled one is not assigned any more. */
export async function lockAssignable(m: EntityManager, id: string): Promise<WorkOrderEntity> {
  const wo = await lockWorkOrder(m, id);
  if (!isOpen(wo.status)) throw closedForAssignment(wo.status);
  return wo;
}
