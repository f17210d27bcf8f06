import { Injectable } from '@nestjs/common';
import { OutboxService } from '@aftersales/platform-messaging';
import { DueTimer, OnTimer, TimerContext } from '@aftersales/platform-timers';
import { WorkOrderAssignment } from '../commands/work-order-assignment';
import { WorkOrderEntity } from '../infrastructure/work-order.entity';
import { QUEUE_RETRY_KIND, QueueRetryTimerPayload } from './queue-retry.timers';

/** A queued order tried again when its retry falls due (R-DS-3), in the transaction that marks the timer fired. */
@Injectable()
export class OnQueueRetryDueTimer {
  constructor(
    private readonly assignment: WorkOrderAssignment,
    private readonly outbox: OutboxService,
  ) {}

  @OnTimer(QUEUE_RETRY_KIND)
  async fire(timer: DueTimer, ctx: TimerContext): Promise<void> {
    const { workOrderId } = timer.payload as unknown as QueueRetryTimerPayload;
    const m = ctx.manager;
    const wo = await m.getRepository(WorkOrderEntity).findOne({ where: { id: workOrderId }, lock: { mode: 'pessimistic_write' } });
    if (!wo || wo.status !== 'queued') return;
    // Still nobody: the order stays queued without a second announcement, and the next retry is scheduled.
    const { events } = await this.assignment.autoAssign(m, wo, { kind: 'automatic', by: 'dispatch:queue-retry' });
    for (const e of events) await this.outbox.append(m, e.contract, e.input);
  }
}
