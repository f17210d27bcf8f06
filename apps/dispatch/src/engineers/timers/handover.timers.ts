import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DurableTimers } from '@aftersales/platform-timers';

/** Stored with every pending timer row: never rename it, or the rows already scheduled stop firing. */
export const HANDOVER_KIND = 'dispatch.engineer.handover';
/**
 * How long after the save an order it skipped is handed on. The lock holder is a short transaction (a timer round,
 * a command): seconds are enough, and the handler waits for the lock if it is still held.
 */
export const HANDOVER_DELAY_MS = 5_000;

/** What a handover timer carries (stored as JSON in the timer row). */
export interface HandoverTimerPayload {
  workOrderId: string;
  /** The assignment that must end: if the order has changed hands meanwhile, there is nothing to hand on. */
  assignmentId: string;
  engineerId: string;
}

/**
 * R-DS-3: orders an engineer's save could not hand on because another transaction held them (skipped, not waited
 * for, so the save never waits on order locks while it holds the engineer's) are handed on by a durable timer.
 */
@Injectable()
export class HandoverTimers {
  constructor(private readonly timers: DurableTimers) {}

  /** Keyed by the assignment: saving the engineer again moves the pending one; once fired it is never scheduled again. */
  schedule(m: EntityManager, orders: readonly { workOrderId: string; assignmentId: string }[], engineerId: string, now: Date): Promise<void> {
    return this.timers.schedule(
      m,
      orders.map((o) => ({
        key: `dispatch:wo:${o.workOrderId}:handover:${o.assignmentId}`,
        kind: HANDOVER_KIND,
        fireAt: new Date(now.getTime() + HANDOVER_DELAY_MS),
        payload: { workOrderId: o.workOrderId, assignmentId: o.assignmentId, engineerId } satisfies HandoverTimerPayload,
      })),
    );
  }
}
