import { Module } from '@nestjs/common';
import { WorkOrdersModule } from '../work-orders/work-orders.module';
import { ArriveOnSiteCommand } from './commands/arrive-on-site/arrive-on-site.command';
import { ArriveOnSiteHttpController } from './commands/arrive-on-site/arrive-on-site.http.controller';
import { CompleteVisitCommand } from './commands/complete-visit/complete-visit.command';
import { CompleteVisitHttpController } from './commands/complete-visit/complete-visit.http.controller';
import { EndVisitIncompleteCommand } from './commands/end-visit-incomplete/end-visit-incomplete.command';
import { EndVisitIncompleteHttpController } from './commands/end-visit-incomplete/end-visit-incomplete.http.controller';
import { InspectQualityCommand } from './commands/inspect-quality/inspect-quality.command';
import { InspectQualityHttpController } from './commands/inspect-quality/inspect-quality.http.controller';
import { LogWorkCommand } from './commands/log-work/log-work.command';
import { LogWorkHttpController } from './commands/log-work/log-work.http.controller';
import { PlanRepairCommand } from './commands/plan-repair/plan-repair.command';
import { PlanRepairHttpController } from './commands/plan-repair/plan-repair.http.controller';
import { RecordDiagnosisCommand } from './commands/record-diagnosis/record-diagnosis.command';
import { RecordDiagnosisHttpController } from './commands/record-diagnosis/record-diagnosis.http.controller';
import { RecordPartsUsedCommand } from './commands/record-parts-used/record-parts-used.command';
import { RecordPartsUsedHttpController } from './commands/record-parts-used/record-parts-used.http.controller';
import { RecordTestsCommand } from './commands/record-tests/record-tests.command';
import { RecordTestsHttpController } from './commands/record-tests/record-tests.http.controller';
import { SignOffVisitCommand } from './commands/sign-off-visit/sign-off-visit.command';
import { SignOffVisitHttpController } from './commands/sign-off-visit/sign-off-visit.http.controller';
import { VisitSteps } from './commands/visit-step';
import { ListVisitsHttpController } from './queries/list-visits/list-visits.http.controller';
import { ListVisitsQuery } from './queries/list-visits/list-visits.query';

/** On-site visits, step by step (R-DS-4, R-DS-5, R-DS-8), one use case per step. */
@Module({
  imports: [WorkOrdersModule],
  controllers: [
    ArriveOnSiteHttpController,
    ListVisitsHttpController,
    RecordDiagnosisHttpController,
    PlanRepairHttpController,
    LogWorkHttpController,
    RecordPartsUsedHttpController,
    RecordTestsHttpController,
    InspectQualityHttpController,
    SignOffVisitHttpController,
    CompleteVisitHttpController,
    EndVisitIncompleteHttpController,
  ],
  providers: [
    VisitSteps,
    ArriveOnSiteCommand,
    RecordDiagnosisCommand,
    PlanRepairCommand,
    LogWorkCommand,
    RecordPartsUsedCommand,
    RecordTestsCommand,
    InspectQualityCommand,
    SignOffVisitCommand,
    CompleteVisitCommand,
    EndVisitIncompleteCommand,
    ListVisitsQuery,
  ],
})
export class VisitsModule {}
