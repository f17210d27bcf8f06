import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { WorkOrderCompletedV1 } from '@aftersales/contracts-dispatch';
import { Clock } from '@aftersales/platform-timers';
import { WorkOrderEntity } from '../infrastructure/work-order.entity';
import { PendingEvent, pendingEvent } from '../integration/pending-event';
import { workOrderCompletedData } from '../integration/work-order-completed.mapping';
import { completedWithoutEngineer, transitionOrConflict } from '../work-order.errors';
import { WorkOrderAssignment } from './work-order-assignment';

export interface Completion {
  partsUsed: { partNumber: string; quantity: number }[];
  resolution: string;
  warehouseCode: string;
  signOff?: { customerName: string; signedAt: string } | null;
  visits?: number;
}

/**
 * R-DS-4, R-DS-8: the work is done (by hand, or on a signed-off visit). The engineer's slot is freed and queued
 * orders may take it; work-order.completed carries the parts used, from which stock is booked out and the case
 * resolved. Returns the events (the completion, then any queued order's assignment) for the caller to append.
 */
@Injectable()
export class WorkOrderCompletion {
  constructor(
    private readonly assignment: WorkOrderAssignment,
    private readonly clock: Clock,
  ) {}

  async complete(m: EntityManager, wo: WorkOrderEntity, c: Completion): Promise<PendingEvent[]> {
    wo.status = transitionOrConflict(wo.status, 'completed');
    const engineerId = wo.engineerId;
    const engineerName = wo.engineerName;
    if (!engineerId) throw completedWithoutEngineer();
    const now = this.clock.now();
    // The order keeps its engineer as the one who did the work.
    await this.assignment.release(m, wo, 'completed');
    wo.engineerId = engineerId;
    wo.engineerName = engineerName;
    wo.partsUsed = c.partsUsed;
    wo.resolution = c.resolution;
    wo.warehouseCode = c.warehouseCode;
    wo.completedAt = now;
    wo.nextVisitAt = null;
    wo.updatedAt = now;
    wo.version += 1;
    await m.save(wo);
    const completed = pendingEvent(WorkOrderCompletedV1, {
      aggregateId: wo.id,
      sequence: wo.version,
      data: workOrderCompletedData(wo, { ...c, engineerId, at: now }),
    });
    const queued = await this.assignment.assignQueued(m, { limit: 5 });
    return [completed, ...queued.events];
  }
}
