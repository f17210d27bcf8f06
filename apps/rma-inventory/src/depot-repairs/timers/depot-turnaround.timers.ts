import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DurableTimers } from '@aftersales/platform-timers';

/** The timer kind as stored with every pending timer: never rename it. */
export const DEPOT_TURNAROUND_TIMER = 'depot-turnaround';

/** R-RMA-4 at the depot: the warning and the breach of the 72 working hours, cancelled by the shipment back. */
@Injectable()
export class DepotTurnaroundTimers {
  constructor(private readonly timers: DurableTimers) {}

  async schedule(m: EntityManager, repairId: string, at: { warnAt: Date; dueAt: Date }): Promise<void> {
    await this.timers.schedule(m, [
      { key: `depot:${repairId}:turnaround:warning`, kind: DEPOT_TURNAROUND_TIMER, fireAt: at.warnAt, payload: { repairId, stage: 'warning' } },
      { key: `depot:${repairId}:turnaround:due`, kind: DEPOT_TURNAROUND_TIMER, fireAt: at.dueAt, payload: { repairId, stage: 'due' } },
    ]);
  }

  async cancel(m: EntityManager, repairId: string): Promise<void> {
    await this.timers.cancelPrefix(m, `depot:${repairId}:`);
  }
}
