import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BusinessCalendar, validateCalendar } from '@aftersales/platform-calendar';
import { Clock } from '@aftersales/platform-timers';
import { SlaClockStore } from '../../infrastructure/sla-clock.store';
import { SlaPlanStore } from '../../infrastructure/sla-plan.store';
import { slaCalendarInvalid } from '../../sla.errors';
import { CalendarRecomputeTimers } from '../../timers/calendar-recompute.timers';

/** A calendar edit (R-SLA-6) recomputes every open clock on that calendar, in durable batches right after the answer. */
@Injectable()
export class PutCalendarCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: SlaPlanStore,
    private readonly clocks: SlaClockStore,
    private readonly timers: CalendarRecomputeTimers,
    private readonly clock: Clock,
  ) {}

  async execute(id: string, body: Omit<BusinessCalendar, 'id'>): Promise<BusinessCalendar & { version: number; openClocksToRecompute: number }> {
    // Only the definition is stored (a read-only field from GET sent back is dropped).
    const calendar: BusinessCalendar = { id, timeZone: body.timeZone, versions: body.versions };
    const problems = validateCalendar(calendar);
    if (problems.length > 0) throw slaCalendarInvalid(id, problems);
    return this.dataSource.transaction(async (m) => {
      const version = await this.plans.saveCalendar(m, calendar);
      const n = await this.clocks.openClocksOn(m, id);
      if (n > 0) await this.timers.schedule(m, { calendarId: id, version, after: null }, this.clock.now());
      return { ...calendar, version, openClocksToRecompute: n };
    });
  }
}
