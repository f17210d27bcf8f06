import { Module } from '@nestjs/common';
import { PublishDefinitionCommand } from './commands/publish-definition/publish-definition.command';
import { PublishDefinitionHttpController } from './commands/publish-definition/publish-definition.http.controller';
import { KpiFiguresReader } from './infrastructure/kpi-figures.reader';
import { KpiProjectionStore } from './infrastructure/kpi-projection.store';
import { KpiSnapshotReader } from './infrastructure/kpi-snapshot.reader';
import { KpiFactRecorder } from './integration/kpi-fact.recorder';
import { KpiOnCaseAssignedHandler } from './integration/on-case-assigned.handler';
import { KpiOnCaseClosedHandler } from './integration/on-case-closed.handler';
import { KpiOnCaseOpenedHandler } from './integration/on-case-opened.handler';
import { KpiOnCasePriorityChangedHandler } from './integration/on-case-priority-changed.handler';
import { KpiOnCaseResolvedHandler } from './integration/on-case-resolved.handler';
import { KpiOnCaseStatusChangedHandler } from './integration/on-case-status-changed.handler';
import { KpiOnComplaintOpenedHandler } from './integration/on-complaint-opened.handler';
import { KpiOnEntitlementDeterminedHandler } from './integration/on-entitlement-determined.handler';
import { KpiOnResponseReceivedHandler } from './integration/on-response-received.handler';
import { KpiOnSlaBreachedHandler } from './integration/on-sla-breached.handler';
import { KpiOnWorkOrderAssignedHandler } from './integration/on-work-order-assigned.handler';
import { KpiOnWorkOrderCompletedHandler } from './integration/on-work-order-completed.handler';
import { KpiOnWorkOrderRepeatRepairFlaggedHandler } from './integration/on-work-order-repeat-repair-flagged.handler';
import { KpiOnWorkOrderVisitIncompleteHandler } from './integration/on-work-order-visit-incomplete.handler';
import { BreachSummaryHttpController } from './queries/breach-summary/breach-summary.http.controller';
import { BreachSummaryQuery } from './queries/breach-summary/breach-summary.query';
import { GetDefinitionHttpController } from './queries/get-definition/get-definition.http.controller';
import { GetDefinitionQuery } from './queries/get-definition/get-definition.query';
import { GetKpisHttpController } from './queries/get-kpis/get-kpis.http.controller';
import { GetKpisQuery } from './queries/get-kpis/get-kpis.query';
import { ListBreachesHttpController } from './queries/list-breaches/list-breaches.http.controller';
import { ListBreachesQuery } from './queries/list-breaches/list-breaches.query';
import { ListDefinitionsHttpController } from './queries/list-definitions/list-definitions.http.controller';
import { ListDefinitionsQuery } from './queries/list-definitions/list-definitions.query';
import { KpiSnapshotTimers } from './timers/kpi-snapshot.timers';
import { OnKpiSnapshotDueTimer } from './timers/on-kpi-snapshot-due.timer';

/** KPIs (R-SV-4, R-SLA-8) and the breach report (R-SLA-7): facts from other services' events, projected per definition version. */
@Module({
  controllers: [
    GetKpisHttpController,
    ListDefinitionsHttpController,
    GetDefinitionHttpController,
    PublishDefinitionHttpController,
    ListBreachesHttpController,
    BreachSummaryHttpController,
  ],
  providers: [
    KpiProjectionStore,
    KpiFiguresReader,
    KpiSnapshotReader,
    KpiFactRecorder,
    KpiSnapshotTimers,
    OnKpiSnapshotDueTimer,
    PublishDefinitionCommand,
    GetKpisQuery,
    ListDefinitionsQuery,
    GetDefinitionQuery,
    ListBreachesQuery,
    BreachSummaryQuery,
    KpiOnCaseOpenedHandler,
    KpiOnCasePriorityChangedHandler,
    KpiOnCaseAssignedHandler,
    KpiOnCaseStatusChangedHandler,
    KpiOnCaseResolvedHandler,
    KpiOnCaseClosedHandler,
    KpiOnSlaBreachedHandler,
    KpiOnWorkOrderAssignedHandler,
    KpiOnWorkOrderCompletedHandler,
    KpiOnWorkOrderVisitIncompleteHandler,
    KpiOnWorkOrderRepeatRepairFlaggedHandler,
    KpiOnEntitlementDeterminedHandler,
    KpiOnComplaintOpenedHandler,
    KpiOnResponseReceivedHandler,
  ],
})
export class KpisModule {}
