import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DurableTimers } from '@aftersales/platform-timers';
import { WorkOrderEntity } from '../infrastructure/work-order.entity';

/** Stored with every pending timer row: never rename it, or the rows already scheduled stop firing. */
export const QUEUE_RETRY_KIND = 'dispatch.work-order.queue-retry';
/** How often a queued order is tried again: engineers come back from leave and start shifts without telling us. */
export const QUEUE_RETRY_MS = 15 * 60_000;

/** What a queue-retry timer carries (stored as JSON in the timer row). */
export interface QueueRetryTimerPayload {
  workOrderId: string;
}

/** Durable retries of queued orders (R-DS-3: availability changes with calendars and leave). */
@Injectable()
export class QueueRetryTimers {
  constructor(private readonly timers: DurableTimers) {}

  /**
   * The next retry of a queued order, replacing any that is not due yet (a retry already due is the one firing now,
   * or fires, finds the order assigned and does nothing). The order's version names each round.
   */
  async schedule(m: EntityManager, wo: WorkOrderEntity, now: Date): Promise<void> {
    const prefix = `dispatch:wo:${wo.id}:queue-retry:`;
    const later = (await this.timers.pending(m, prefix)).filter((t) => t.dueAt.getTime() > now.getTime());
    await this.timers.cancel(m, later.map((t) => t.key));
    await this.timers.schedule(m, {
      key: `${prefix}${wo.version}`,
      kind: QUEUE_RETRY_KIND,
      fireAt: new Date(now.getTime() + QUEUE_RETRY_MS),
      payload: { workOrderId: wo.id } satisfies QueueRetryTimerPayload,
    });
  }
}
