import { DynamicModule, Module, Type } from '@nestjs/common';
import { ImportCalendarIcsCommand } from './commands/import-calendar-ics/import-calendar-ics.command';
import { ImportCalendarIcsHttpController } from './commands/import-calendar-ics/import-calendar-ics.http.controller';
import { PutCalendarCommand } from './commands/put-calendar/put-calendar.command';
import { PutCalendarHttpController } from './commands/put-calendar/put-calendar.http.controller';
import { PutPlanCommand } from './commands/put-plan/put-plan.command';
import { PutPlanHttpController } from './commands/put-plan/put-plan.http.controller';
import { ReactToEscalationCommand } from './commands/react-to-escalation/react-to-escalation.command';
import { ReactToEscalationHttpController } from './commands/react-to-escalation/react-to-escalation.http.controller';
import { SlaClockStore } from './infrastructure/sla-clock.store';
import { SlaDefaults } from './infrastructure/sla-defaults';
import { SlaPlanStore } from './infrastructure/sla-plan.store';
import { SlaHooks } from './integration/sla-hooks';
import { SlaCaseRecord, SlaPort } from './integration/sla.port';
import { CaseClocksHttpController } from './queries/case-clocks/case-clocks.http.controller';
import { CaseClocksQuery } from './queries/case-clocks/case-clocks.query';
import { CaseTimersHttpController } from './queries/case-timers/case-timers.http.controller';
import { CaseTimersQuery } from './queries/case-timers/case-timers.query';
import { SlaCalendarsHttpController } from './queries/sla-calendars/sla-calendars.http.controller';
import { SlaPlansHttpController } from './queries/sla-plans/sla-plans.http.controller';
import { OnCalendarRecomputeDueTimer } from './timers/on-calendar-recompute-due.timer';
import { CalendarRecomputeTimers } from './timers/calendar-recompute.timers';
import { OnSlaStepDueTimer } from './timers/on-sla-step-due.timer';
import { SlaStepTimers } from './timers/sla-step.timers';

/**
 * The SLA engine (issue #3): clocks, ledgers, escalation timers, plans and calendars. Global, so the case commands
 * reach it through SlaPort; the app names what provides the case record it reads (cases/, which sla/ never imports).
 */
@Module({})
export class SlaModule {
  static register(options: { caseRecord: Type<SlaCaseRecord> }): DynamicModule {
    return {
      module: SlaModule,
      global: true,
      controllers: [CaseClocksHttpController, CaseTimersHttpController, SlaPlansHttpController, SlaCalendarsHttpController, PutPlanHttpController, PutCalendarHttpController, ImportCalendarIcsHttpController, ReactToEscalationHttpController],
      providers: [
        SlaStepTimers,
        CalendarRecomputeTimers,
        SlaClockStore,
        SlaPlanStore,
        SlaDefaults,
        CaseClocksQuery,
        CaseTimersQuery,
        SlaHooks,
        { provide: SlaPort, useExisting: SlaHooks },
        { provide: SlaCaseRecord, useClass: options.caseRecord },
        PutPlanCommand,
        PutCalendarCommand,
        ImportCalendarIcsCommand,
        ReactToEscalationCommand,
        OnSlaStepDueTimer,
        OnCalendarRecomputeDueTimer,
      ],
      exports: [SlaPort],
    };
  }
}
