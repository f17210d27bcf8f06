import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { EventContext } from '@aftersales/platform-messaging';
import { CaseFact } from '../domain/case-facts';
import { BreachRow, KpiProjectionStore } from '../infrastructure/kpi-projection.store';
import { KpiSnapshotTimers } from '../timers/kpi-snapshot.timers';

/**
 * What every KPI handler does with the facts it took from its event: records them in the event's transaction
 * (kpi-projection.store.ts) and makes sure the snapshots of the periods now running are due (R-SV-4).
 */
@Injectable()
export class KpiFactRecorder {
  constructor(
    private readonly store: KpiProjectionStore,
    private readonly snapshots: KpiSnapshotTimers,
  ) {}

  async record(event: EventEnvelope, ctx: EventContext, facts: CaseFact[], breach?: BreachRow): Promise<void> {
    if (await this.store.record(ctx.manager, { id: event.id, time: event.time }, facts, breach)) await this.snapshots.ensureRunning(ctx.manager);
  }
}
