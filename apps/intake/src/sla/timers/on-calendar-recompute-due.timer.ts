import { Injectable } from '@nestjs/common';
import { DueTimer, OnTimer, TimerContext } from '@aftersales/platform-timers';
import { SlaClockStore } from '../infrastructure/sla-clock.store';
import { SlaPlanStore } from '../infrastructure/sla-plan.store';
import { CALENDAR_RECOMPUTE_BATCH, CALENDAR_RECOMPUTE_TIMER, CalendarRecomputePayload, CalendarRecomputeTimers } from './calendar-recompute.timers';

/**
 * One batch of the open cases on an edited calendar: each case's clocks are read once, recomputed, written once;
 * the next batch is a timer of its own, so a restart resumes.
 */
@Injectable()
export class OnCalendarRecomputeDueTimer {
  constructor(
    private readonly clocks: SlaClockStore,
    private readonly plans: SlaPlanStore,
    private readonly timers: CalendarRecomputeTimers,
  ) {}

  @OnTimer(CALENDAR_RECOMPUTE_TIMER)
  async recomputeBatch(timer: DueTimer, { manager: m, now }: TimerContext): Promise<void> {
    const { calendarId, version, after } = timer.payload as unknown as CalendarRecomputePayload;
    const cases = await this.clocks.casesOnCalendar(m, calendarId, after, CALENDAR_RECOMPUTE_BATCH);
    for (const caseId of cases) {
      const loaded = await this.clocks.load(m, caseId, true);
      loaded.ledger.push(
        ...loaded.clocks
          .filter((c) => !c.stoppedAt)
          .map((c) => ({ clock: c.clock, at: now, kind: 'recomputed', rule: `calendar ${calendarId} changed (version ${version})`, detail: { reason: 'calendar-changed', calendarId, version } })),
      );
      loaded.recompute(now, await this.plans.calendarsOf(m, loaded.clocks));
      await this.clocks.save(m, loaded);
    }
    if (cases.length === CALENDAR_RECOMPUTE_BATCH) {
      await this.timers.schedule(m, { calendarId, version, after: cases[cases.length - 1] }, now);
    }
  }
}
