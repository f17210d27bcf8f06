import { Global, Module } from '@nestjs/common';
import { CaseClocksHttpController } from './http/case-clocks.http.controller';
import { SlaAdminHttpController } from './http/sla-admin.http.controller';
import { SlaStore } from './infrastructure/sla.store';
import { SlaAdminService } from './sla-admin.service';
import { SlaQueries } from './sla.queries';
import { SlaService } from './sla.service';
import { SlaTimerHandler } from './sla-timer.handler';

/** The SLA engine (issue #3): clocks, ledgers, escalation timers, plans and calendars. Global for the case commands. */
@Global()
@Module({
  controllers: [CaseClocksHttpController, SlaAdminHttpController],
  providers: [SlaStore, SlaService, SlaQueries, SlaTimerHandler, SlaAdminService],
  exports: [SlaService],
})
export class SlaModule {}
