import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { Clock, DurableTimers } from '@aftersales/platform-timers';
import { Period, PERIOD_KINDS, PeriodKind, periodOf } from '../domain/periods';

/** The timer kind as stored in surveys' timers table: never rename it, pending rows carry it. */
export const KPI_SNAPSHOT_TIMER = 'kpi-snapshot';

export interface KpiSnapshotPayload {
  periodKind: PeriodKind;
  periodStart: string;
}

/**
 * kpi.snapshot per day, week and month (R-SV-4): a durable timer at the end of each period, at local midnight in
 * KPI_TIME_ZONE (calendar time, not business hours: a month's KPIs end with the month). The first facts of a period
 * set its timers; each snapshot sets the next period's, so the chain runs on through quiet periods.
 */
@Injectable()
export class KpiSnapshotTimers {
  /** Periods this instance already scheduled (scheduling again is harmless: the key is the period). */
  private readonly scheduled = new Set<string>();

  constructor(
    private readonly timers: DurableTimers,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  private get zone(): string {
    return this.config.get<string>('KPI_TIME_ZONE');
  }

  /** The snapshots of the day, week and month running now. */
  async ensureRunning(m: EntityManager): Promise<void> {
    const now = this.clock.now();
    for (const kind of PERIOD_KINDS) await this.schedule(m, periodOf(kind, now, this.zone));
  }

  async schedule(m: EntityManager, period: Period): Promise<void> {
    const key = `kpi-snapshot:${period.kind}:${period.start}`;
    if (this.scheduled.has(key)) return;
    const payload: KpiSnapshotPayload = { periodKind: period.kind, periodStart: period.start };
    await this.timers.schedule(m, { key, kind: KPI_SNAPSHOT_TIMER, fireAt: period.endsAt, payload: { ...payload } });
    this.scheduled.add(key);
  }
}
