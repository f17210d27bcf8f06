import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DurableTimers } from '@aftersales/platform-timers';
import { ReturnSchedule } from '../domain/rma-clocks.policy';

/** The timer kind as stored with every pending timer: never rename it. */
export const RMA_RETURN_TIMER = 'rma-return-chase';

export type ReturnStage = 'reminder' | 'overdue' | 'chaser' | 'charge';

export interface ReturnChasePayload {
  rmaId: string;
  stage: ReturnStage;
  /** For a chaser: which one, of how many. */
  n?: number;
  of?: number;
}

/**
 * R-RMA-3's return clock, all of it set when the spare is delivered: the reminder, overdue, the chaser series and the
 * charge, one durable timer each (a key fires once, so a restart or a second replica cannot send any of them twice).
 * The unit's receipt cancels what is still pending.
 */
@Injectable()
export class ReturnChaseTimers {
  constructor(private readonly timers: DurableTimers) {}

  async schedule(m: EntityManager, rmaId: string, s: ReturnSchedule): Promise<void> {
    const of = s.chasersAt.length;
    const spec = (name: string, fireAt: Date, payload: ReturnChasePayload) => ({ key: `rma:${rmaId}:return:${name}`, kind: RMA_RETURN_TIMER, fireAt, payload: { ...payload } });
    await this.timers.schedule(m, [
      spec('reminder', s.reminderAt, { rmaId, stage: 'reminder' }),
      spec('overdue', s.overdueAt, { rmaId, stage: 'overdue' }),
      ...s.chasersAt.map((at, i) => spec(`chaser-${i + 1}`, at, { rmaId, stage: 'chaser', n: i + 1, of })),
      spec('charge', s.chargeAt, { rmaId, stage: 'charge' }),
    ]);
  }

  async cancel(m: EntityManager, rmaId: string): Promise<void> {
    await this.timers.cancelPrefix(m, `rma:${rmaId}:return:`);
  }
}
