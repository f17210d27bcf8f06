import { Module } from '@nestjs/common';
import { OnRmaUnitInspectedHandler } from './integration/on-rma-unit-inspected.handler';
import { AddEvidenceCommand } from './commands/add-evidence/add-evidence.command';
import { AddEvidenceHttpController } from './commands/add-evidence/add-evidence.http.controller';
import { EntitlementEvaluator } from './entitlement.evaluator';
import { EntitlementCheckResponder } from './integration/entitlement-check.responder';
import { OnCaseOpenedHandler } from './integration/on-case-opened.handler';
import { OnWorkOrderDiagnosedHandler } from './integration/on-work-order-diagnosed.handler';
import { GetEntitlementHttpController } from './queries/get-entitlement/get-entitlement.http.controller';
import { GetEntitlementQuery } from './queries/get-entitlement/get-entitlement.query';
import { ListDecisionsHttpController } from './queries/list-decisions/list-decisions.http.controller';
import { ListDecisionsQuery } from './queries/list-decisions/list-decisions.query';

@Module({
  controllers: [GetEntitlementHttpController, ListDecisionsHttpController, AddEvidenceHttpController],
  providers: [EntitlementEvaluator, OnCaseOpenedHandler, AddEvidenceCommand, EntitlementCheckResponder, OnWorkOrderDiagnosedHandler, OnRmaUnitInspectedHandler, GetEntitlementQuery, ListDecisionsQuery],
})
export class EntitlementsModule {}
