import { Module } from '@nestjs/common';
import { EntitlementEvaluator } from './entitlement.evaluator';
import { OnCaseOpenedHandler } from './integration/on-case-opened.handler';
import { GetEntitlementHttpController } from './queries/get-entitlement/get-entitlement.http.controller';
import { ListDecisionsHttpController } from './queries/list-decisions/list-decisions.http.controller';

@Module({
  controllers: [GetEntitlementHttpController, ListDecisionsHttpController],
  providers: [EntitlementEvaluator, OnCaseOpenedHandler],
})
export class EntitlementsModule {}
