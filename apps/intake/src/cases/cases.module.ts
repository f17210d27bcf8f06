import { Module } from '@nestjs/common';
import { CloseCaseCommand } from './commands/close-case/close-case.command';
import { CloseCaseHttpController } from './commands/close-case/close-case.http.controller';
import { OpenCaseCommand } from './commands/open-case/open-case.command';
import { OpenCaseHttpController } from './commands/open-case/open-case.http.controller';
import { CaseRepository } from './infrastructure/case.repository';
import { OnEntitlementDeterminedHandler } from './integration/on-entitlement-determined.handler';
import { OnWorkOrderCompletedHandler } from './integration/on-work-order-completed.handler';
import { GetCaseHttpController } from './queries/get-case/get-case.http.controller';
import { ListCasesHttpController } from './queries/list-cases/list-cases.http.controller';

@Module({
  controllers: [OpenCaseHttpController, CloseCaseHttpController, ListCasesHttpController, GetCaseHttpController],
  providers: [CaseRepository, OpenCaseCommand, CloseCaseCommand, OnEntitlementDeterminedHandler, OnWorkOrderCompletedHandler],
  exports: [OpenCaseCommand, CaseRepository],
})
export class CasesModule {}
