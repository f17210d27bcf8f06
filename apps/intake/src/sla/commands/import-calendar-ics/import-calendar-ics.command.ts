import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BusinessCalendar } from '@aftersales/platform-calendar';
import { overridesFromIcs } from '../../infrastructure/calendar-ics';
import { SlaPlanStore } from '../../infrastructure/sla-plan.store';
import { slaCalendarNotFound, slaIcsInvalid } from '../../sla.errors';
import { PutCalendarCommand } from '../put-calendar/put-calendar.command';

/**
 * R-SLA-6: an iCalendar replaces the holidays and make-up working days of every version of a calendar (weekly hours
 * and zone stay); saved as a calendar edit, so that open clocks are recomputed. Bad input changes nothing.
 */
@Injectable()
export class ImportCalendarIcsCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: SlaPlanStore,
    private readonly put: PutCalendarCommand,
  ) {}

  async execute(id: string, ics: string): Promise<BusinessCalendar & { version: number; openClocksToRecompute: number }> {
    const current = await this.plans.calendar(this.dataSource.manager, id);
    if (!current) throw slaCalendarNotFound(id);
    const parsed = overridesFromIcs(ics);
    if (!parsed.ok) throw slaIcsInvalid(id, parsed.problems);
    const versions = current.versions.map((v) => ({ ...v, holidays: parsed.holidays, makeUpWorkdays: parsed.makeUpWorkdays }));
    return this.put.execute(id, { timeZone: current.timeZone, versions });
  }
}
