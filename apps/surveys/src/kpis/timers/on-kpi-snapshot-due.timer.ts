import { Injectable } from '@nestjs/common';
import { KpiSnapshotV1 } from '@aftersales/contracts-surveys';
import { OutboxService } from '@aftersales/platform-messaging';
import { DueTimer, OnTimer, TimerContext } from '@aftersales/platform-timers';
import { nextPeriod, PeriodKind, periodOf } from '../domain/periods';
import { KpiSnapshotReader } from '../infrastructure/kpi-snapshot.reader';
import { KpiProjectionStore } from '../infrastructure/kpi-projection.store';
import { kpiSnapshotData } from '../integration/kpi-snapshot.mapping';
import { KPI_SNAPSHOT_TIMER, KpiSnapshotTimers } from './kpi-snapshot.timers';

/** A period ended (R-SV-4): its KPIs and shortfalls (R-SLA-8) go out as kpi.snapshot, and the next period's timer is set. */
@Injectable()
export class OnKpiSnapshotDueTimer {
  constructor(
    private readonly outbox: OutboxService,
    private readonly store: KpiProjectionStore,
    private readonly reader: KpiSnapshotReader,
    private readonly timers: KpiSnapshotTimers,
  ) {}

  @OnTimer(KPI_SNAPSHOT_TIMER)
  async snapshot(timer: DueTimer, { manager: m, now }: TimerContext): Promise<void> {
    const period = periodOf(timer.payload.periodKind as PeriodKind, String(timer.payload.periodStart), this.store.zone);
    const snapshot = await this.reader.snapshot(m, period);
    await this.outbox.append(m, KpiSnapshotV1, {
      aggregateId: `${period.kind}:${period.start}`,
      sequence: 1,
      data: kpiSnapshotData(period, this.store.zone, snapshot, now),
    });
    await this.timers.schedule(m, nextPeriod(period, this.store.zone));
  }
}
