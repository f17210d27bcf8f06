import { EntityManager } from 'typeorm';
import { workOrderNotFound } from '../work-order.errors';
import { WorkOrderEntity } from './work-order.entity';

/** The order, locked for the rest of the transaction (every command on one order runs one at a time). */
export async function lockWorkOrder(m: EntityManager, id: string): Promise<WorkOrderEntity> {
  const wo = await m.getRepository(WorkOrderEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!wo) throw workOrderNotFound(id);
  return wo;
}
