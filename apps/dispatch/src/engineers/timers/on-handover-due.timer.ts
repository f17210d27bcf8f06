import { Injectable, Logger } from '@nestjs/common';
import { OutboxService } from '@aftersales/platform-messaging';
import { DueTimer, OnTimer, TimerContext } from '@aftersales/platform-timers';
import { WorkOrderAssignment } from '../../work-orders/commands/work-order-assignment';
import { WorkOrderEntity } from '../../work-orders/infrastructure/work-order.entity';
import { awayReason } from '../domain/engineer-availability';
import { EngineerEntity } from '../infrastructure/engineer.entity';
import { HANDOVER_KIND, HandoverTimerPayload } from './handover.timers';

/**
 * R-DS-3: hands on an order the engineer's save skipped because it was locked, in the transaction that marks the
 * timer fired (so once). It waits for the order's lock: order first, then engineers, the order the acknowledgement
 * timer takes them in, and the save never waits on an order, so no lock cycle.
 */
@Injectable()
export class OnHandoverDueTimer {
  private readonly logger = new Logger('Handover');

  constructor(
    private readonly assignment: WorkOrderAssignment,
    private readonly outbox: OutboxService,
  ) {}

  @OnTimer(HANDOVER_KIND)
  async fire(timer: DueTimer, ctx: TimerContext): Promise<void> {
    const { workOrderId, assignmentId, engineerId } = timer.payload as unknown as HandoverTimerPayload;
    const m = ctx.manager;
    const wo = await m.getRepository(WorkOrderEntity).findOne({ where: { id: workOrderId }, lock: { mode: 'pessimistic_write' } });
    if (!wo || wo.status !== 'assigned' || wo.engineerId !== engineerId || wo.assignment?.assignmentId !== assignmentId) {
      this.logger.debug(`handover of ${workOrderId} not needed: started, finished or reassigned meanwhile`);
      return;
    }
    const engineer = await m.getRepository(EngineerEntity).findOneBy({ id: engineerId });
    const away = engineer ? awayReason(engineer, ctx.now) : 'engineer deactivated';
    if (!away) return; // back (or reactivated) before the handover fell due: the order stays theirs
    const { events } = await this.assignment.autoAssign(m, wo, { kind: 'reassigned', by: 'dispatch:handover-timer', exclude: [engineerId], releaseReason: away, announceQueue: true });
    for (const e of events) await this.outbox.append(m, e.contract, e.input);
  }
}
