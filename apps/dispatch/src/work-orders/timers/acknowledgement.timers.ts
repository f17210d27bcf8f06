import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DurableTimers } from '@aftersales/platform-timers';
import { EngineerResponse, acknowledgementSteps } from '../domain/acknowledgement.policy';

/** Stored with every pending timer row: never rename it, or the rows already scheduled stop firing. */
export const ACK_TIMER_KIND = 'dispatch.work-order.acknowledgement';

/** What an acknowledgement timer carries (stored as JSON in the timer row). */
export interface AcknowledgementTimerPayload {
  workOrderId: string;
  assignmentId: string;
  minutes: number;
  /** Whether the rung hands the order on (R-SLA-4); timers written before the ladder was plan data lack it: 45 did. */
  reassign?: boolean;
}

/** R-SLA-4 timers of one assignment, durable in dispatch's database (platform-timers: fired once across replicas and restarts). */
@Injectable()
export class AcknowledgementTimers {
  constructor(private readonly timers: DurableTimers) {}

  /** One timer per rung of the order's ladder (the SLA plan's, R-SLA-4), counted from the assignment. */
  schedule(m: EntityManager, workOrderId: string, assignmentId: string, assignedAt: Date, plan: EngineerResponse | null): Promise<void> {
    return this.timers.schedule(
      m,
      acknowledgementSteps(assignedAt, plan).map((s) => ({
        key: `${prefix(workOrderId)}${assignmentId}:${s.minutes}`,
        kind: ACK_TIMER_KIND,
        fireAt: s.at,
        payload: { workOrderId, assignmentId, minutes: s.minutes, reassign: s.reassign } satisfies AcknowledgementTimerPayload,
      })),
    );
  }

  /**
   * Cancels the steps of an assignment that are not due yet. A step already due is left to fire (it finds the order
   * contacted or reassigned and does nothing), which keeps the step now firing (the one that reassigns) and its
   * fired record intact.
   */
  async cancel(m: EntityManager, workOrderId: string, assignmentId: string, now: Date): Promise<void> {
    const keys = (await this.timers.pending(m, `${prefix(workOrderId)}${assignmentId}:`)).filter((t) => t.dueAt.getTime() > now.getTime()).map((t) => t.key);
    if (keys.length) await this.timers.cancel(m, keys);
  }

  pending(m: EntityManager, workOrderId: string) {
    return this.timers.pending(m, prefix(workOrderId));
  }
}

const prefix = (workOrderId: string) => `dispatch:wo:${workOrderId}:ack:`;
