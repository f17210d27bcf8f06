import { Module } from '@nestjs/common';
import { PutPlanCommand } from './commands/put-plan/put-plan.command';
import { PutPlanHttpController } from './commands/put-plan/put-plan.http.controller';
import { RecordOutcomeCommand } from './commands/record-outcome/record-outcome.command';
import { RecordOutcomeHttpController } from './commands/record-outcome/record-outcome.http.controller';
import { RevisitPlanner } from './commands/revisit.planner';
import { RevisitPlanRepository } from './infrastructure/revisit-plan.repository';
import { OnCaseClosedPlanRevisitHandler } from './integration/on-case-closed.handler';
import { OnContractExpiringHandler } from './integration/on-contract-expiring.handler';
import { ListPlansHttpController } from './queries/list-plans/list-plans.http.controller';
import { ListPlansQuery } from './queries/list-plans/list-plans.query';
import { ListRevisitsHttpController } from './queries/list-revisits/list-revisits.http.controller';
import { ListRevisitsQuery } from './queries/list-revisits/list-revisits.query';

@Module({
  controllers: [ListRevisitsHttpController, RecordOutcomeHttpController, ListPlansHttpController, PutPlanHttpController],
  providers: [RevisitPlanRepository, RevisitPlanner, RecordOutcomeCommand, PutPlanCommand, ListRevisitsQuery, ListPlansQuery, OnCaseClosedPlanRevisitHandler, OnContractExpiringHandler],
  exports: [RevisitPlanner],
})
export class RevisitsModule {}
