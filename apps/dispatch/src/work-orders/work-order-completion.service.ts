import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { WorkOrderCompletedV1 } from '@aftersales/contracts-dispatch';
import { OutboxService } from '@aftersales/platform-messaging';
import { Clock } from '@aftersales/platform-timers';
import { WorkOrderAssignment } from './commands/work-order-assignment';
import { WorkOrderEntity } from './infrastructure/work-order.entity';
import { completedWithoutEngineer, transitionOrConflict } from './work-order.errors';

export interface Completion {
  partsUsed: { partNumber: string; quantity: number }[];
  resolution: string;
  warehouseCode: string;
  signOff?: { customerName: string; signedAt: string } | null;
  visits?: number;
}

/**
 * R-DS-4, R-DS-8: the work is done. The engineer's slot is freed (queued orders may take it) and
 * work-order.completed carries the parts used, from which stock is booked out and the case resolved.
 */
@Injectable()
export class WorkOrderCompletion {
  constructor(
    private readonly outbox: OutboxService,
    private readonly assignment: WorkOrderAssignment,
    private readonly clock: Clock,
  ) {}

  async complete(m: EntityManager, wo: WorkOrderEntity, c: Completion): Promise<void> {
    wo.status = transitionOrConflict(wo.status, 'completed');
    const engineerId = wo.engineerId;
    if (!engineerId) throw completedWithoutEngineer();
    const now = this.clock.now();
    // The order keeps its engineer as the one who did the work.
    await this.assignment.release(m, wo, 'completed');
    wo.engineerId = engineerId;
    wo.partsUsed = c.partsUsed;
    wo.resolution = c.resolution;
    wo.warehouseCode = c.warehouseCode;
    wo.completedAt = now;
    wo.nextVisitAt = null;
    wo.updatedAt = now;
    wo.version += 1;
    await m.save(wo);
    await this.outbox.append(m, WorkOrderCompletedV1, {
      aggregateId: wo.id,
      sequence: wo.version,
      data: {
        workOrderId: wo.id,
        workOrderNumber: wo.workOrderNumber,
        caseId: wo.caseId,
        engineerId,
        warehouseCode: c.warehouseCode,
        partsUsed: c.partsUsed,
        resolution: c.resolution,
        completedAt: now.toISOString(),
        ...(c.signOff ? { signedOffBy: c.signOff.customerName, signedOffAt: c.signOff.signedAt } : {}),
        ...(c.visits !== undefined ? { visits: c.visits } : {}),
      },
    });
    const { events } = await this.assignment.assignQueued(m, { limit: 5 });
    for (const e of events) await this.outbox.append(m, e.contract, e.input);
  }
}
