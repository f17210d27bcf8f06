import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DurableTimers } from '@aftersales/platform-timers';

/**
 * A calendar edit recomputes every open clock on it in durable batches: each batch is a timer, the next batch a
 * timer of its own, so a restart resumes where it stopped. The kind is stored in platform_timer rows: it stays.
 */
export const CALENDAR_RECOMPUTE_TIMER = 'sla-calendar-recompute';

export const CALENDAR_RECOMPUTE_BATCH = 200;

export interface CalendarRecomputePayload {
  calendarId: string;
  version: number;
  /** The last case of the previous batch; null for the first. */
  after: string | null;
}

/** Where a calendar edit schedules its recompute batches, in the caller's transaction. */
@Injectable()
export class CalendarRecomputeTimers {
  constructor(private readonly timers: DurableTimers) {}

  schedule(m: EntityManager, payload: CalendarRecomputePayload, fireAt: Date): Promise<void> {
    const key = `sla-calendar:${payload.calendarId}:v${payload.version}:${payload.after ?? 'start'}`;
    return this.timers.schedule(m, { key, kind: CALENDAR_RECOMPUTE_TIMER, fireAt, payload: { ...payload } });
  }
}
