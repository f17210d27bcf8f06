import { AuthUser } from '@aftersales/platform-service-defaults';
import { WorkOrderEntity } from '../../work-orders/infrastructure/work-order.entity';
import { notAssignedEngineer } from '../../work-orders/work-order.errors';

/** The assigned engineer (or a manager) runs the remote session. */
export function authorizeRemoteSession(wo: WorkOrderEntity, user: AuthUser): void {
  const staff = user.roles.includes('manager') || user.roles.includes('admin');
  if (!staff && wo.engineerId !== user.sub) throw notAssignedEngineer('runs the remote session');
}
