import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { nextYearScheduleMissing } from '@aftersales/platform-calendar';
import { Clock } from '@aftersales/platform-timers';
import { CalendarRecomputeTimers } from '../timers/calendar-recompute.timers';
import { SlaClockStore } from './sla-clock.store';
import { SlaPlanStore } from './sla-plan.store';

/**
 * The default plans and calendar are written when the service starts and they are missing (edits are kept). An
 * unedited default calendar takes the shipped official schedule, and its open clocks are recomputed (R-SLA-6).
 */
@Injectable()
export class SlaDefaults implements OnApplicationBootstrap {
  private readonly log = new Logger('SlaDefaults');

  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: SlaPlanStore,
    private readonly clocks: SlaClockStore,
    private readonly timers: CalendarRecomputeTimers,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const updated = await this.plans.ensureDefaults(m);
      if (updated && (await this.clocks.openClocksOn(m, updated.calendarId)) > 0) {
        await this.timers.schedule(m, { ...updated, after: null }, this.clock.now());
      }
    });
    // R-SLA-6: from December 1, say which calendars lack next year's holidays (GET /v1/sla/calendars/:id says it too).
    const now = this.clock.now();
    for (const cal of await this.plans.calendars(this.dataSource.manager)) {
      if (nextYearScheduleMissing(cal, now)) {
        this.log.warn(`calendar ${cal.id} has no holidays for ${now.getUTCFullYear() + 1}: add next year's schedule (PUT /v1/sla/calendars/${cal.id})`);
      }
    }
  }
}
