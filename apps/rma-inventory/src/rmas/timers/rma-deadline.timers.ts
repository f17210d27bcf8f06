import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { RmaClock } from '@aftersales/contracts-rma-inventory';
import { DurableTimers } from '@aftersales/platform-timers';

/** The timer kind as stored with every pending timer: never rename it. */
export const RMA_DEADLINE_TIMER = 'rma-deadline';

export interface RmaDeadlinePayload {
  rmaId: string;
  clock: RmaClock;
  stage: 'warning' | 'due';
  dueAt: string;
}

const key = (rmaId: string, clock: RmaClock, stage: 'warning' | 'due') => `rma:${rmaId}:${clock}:${stage}`;

/**
 * The deadlines of an RMA as durable timers, two per clock (the warning and the deadline itself): the 24-hour review
 * and the customer's 7 days (R-RMA-7), the ship-by time (R-RMA-2), the exchange-repair turnaround (R-RMA-4) and the
 * 3-5 working days of processing (R-RMA-7). Set and cancelled in the transaction of the step that starts or meets it.
 */
@Injectable()
export class RmaDeadlineTimers {
  constructor(private readonly timers: DurableTimers) {}

  async schedule(m: EntityManager, rmaId: string, clock: RmaClock, at: { warnAt: Date; dueAt: Date }): Promise<void> {
    const payload = (stage: 'warning' | 'due'): RmaDeadlinePayload => ({ rmaId, clock, stage, dueAt: at.dueAt.toISOString() });
    await this.timers.schedule(m, [
      { key: key(rmaId, clock, 'warning'), kind: RMA_DEADLINE_TIMER, fireAt: at.warnAt, payload: { ...payload('warning') } },
      { key: key(rmaId, clock, 'due'), kind: RMA_DEADLINE_TIMER, fireAt: at.dueAt, payload: { ...payload('due') } },
    ]);
  }

  /** The clock was met: its pending timers go. */
  async cancel(m: EntityManager, rmaId: string, clock: RmaClock): Promise<void> {
    await this.timers.cancel(m, [key(rmaId, clock, 'warning'), key(rmaId, clock, 'due')]);
  }

  /** Every pending deadline of the RMA (a cancellation, a rejection). */
  async cancelAll(m: EntityManager, rmaId: string): Promise<void> {
    await this.timers.cancelPrefix(m, `rma:${rmaId}:`);
  }

  pending(m: EntityManager, rmaId: string) {
    return this.timers.pending(m, `rma:${rmaId}:`);
  }
}
