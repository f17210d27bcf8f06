import { WorkOrderRemoteSessionEndedV1Data } from '@aftersales/contracts-dispatch';
import { WorkOrderEntity } from '../../work-orders/infrastructure/work-order.entity';
import { RemoteSessionEntity } from '../infrastructure/remote-session.entity';

/** R-DS-1, R-DS-2: a remote session ended with its outcome, and the order's service mode after it. */
export function workOrderRemoteSessionEndedData(wo: WorkOrderEntity, s: RemoteSessionEntity & { endedAt: Date; outcome: WorkOrderRemoteSessionEndedV1Data['outcome'] }): WorkOrderRemoteSessionEndedV1Data {
  return {
    workOrderId: wo.id,
    workOrderNumber: wo.workOrderNumber,
    caseId: wo.caseId,
    sessionId: s.id,
    engineerId: s.engineerId,
    startedAt: s.startedAt.toISOString(),
    endedAt: s.endedAt.toISOString(),
    outcome: s.outcome,
    serviceMode: wo.serviceMode as never,
  };
}
