import { Module } from '@nestjs/common';
import { RevisitsModule } from '../revisits/revisits.module';
import { CaseFactsRepository } from './infrastructure/case-facts.repository';
import { OnCaseOpenedHandler } from './integration/on-case-opened.handler';
import { OnEntitlementDeterminedHandler } from './integration/on-entitlement-determined.handler';

/** What surveys and revisits learn of cases from intake's and warranty's events. */
@Module({
  imports: [RevisitsModule],
  providers: [CaseFactsRepository, OnCaseOpenedHandler, OnEntitlementDeterminedHandler],
})
export class ServiceCasesModule {}
