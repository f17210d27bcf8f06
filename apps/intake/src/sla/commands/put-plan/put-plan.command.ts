import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SlaPlan } from '../../domain/sla-plan';
import { SlaPlanStore } from '../../infrastructure/sla-plan.store';
import { slaCalendarUnknown } from '../../sla.errors';

/**
 * Plans are data (issue #3): an edit applies to the clocks started after it. A running clock keeps the definition
 * it started under, so a deadline never moves because someone edited a template.
 */
@Injectable()
export class PutPlanCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: SlaPlanStore,
  ) {}

  execute(code: string, body: Omit<SlaPlan, 'code'>): Promise<SlaPlan & { version: number }> {
    return this.dataSource.transaction(async (m) => {
      if (!(await this.plans.calendar(m, body.calendarId))) throw slaCalendarUnknown(body.calendarId);
      const plan: SlaPlan = { ...body, code };
      const version = await this.plans.savePlan(m, plan);
      return { ...plan, version };
    });
  }
}
