import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CaseOpenedV1, CaseOpenedV1Data } from '@aftersales/contracts-intake';
import { EntitlementDeterminedV1 } from '@aftersales/contracts-warranty';
import { EventContext, OnEvent, OutboxService } from '@aftersales/platform-messaging';
import { EntitlementEvaluator } from '../entitlement.evaluator';
import { EntitlementDecisionEntity } from '../infrastructure/entitlement-decision.entity';
import { entitlementDeterminedData } from './entitlement-determined.mapping';

const RETURN_NOT_YET_INSPECTED = { reason: null, complete: null };

/** Every opened case gets one explained entitlement decision (R-WA-1, R-WA-5, R-WA-7), stored and announced. */
@Injectable()
export class OnCaseOpenedHandler {
  constructor(
    private readonly evaluator: EntitlementEvaluator,
    private readonly outbox: OutboxService,
  ) {}

  @OnEvent(CaseOpenedV1, { name: 'determine-entitlement' })
  async handle(event: EventEnvelope<CaseOpenedV1Data>, ctx: EventContext): Promise<void> {
    const c = event.data;
    const repo = ctx.manager.getRepository(EntitlementDecisionEntity);
    // The inbox stops exact duplicates; this stops a re-published copy. A concurrent copy hits the unique case_id and is retried into this branch.
    if (await repo.existsBy({ caseId: c.caseId })) return;
    const at = new Date(c.openedAt);
    const decision = await this.evaluator.evaluate(ctx.manager, {
      serialNumber: c.serialNumber,
      productModel: c.productModel,
      purchaseDate: c.purchaseDate,
      at,
      // A return/exchange case asks for R-WA-3; the reason and the unit's condition are inspected later (evidence).
      returnRequest: c.category === 'return-exchange' ? RETURN_NOT_YET_INSPECTED : null,
    });
    const row = repo.create({
      id: uuidv7(),
      caseId: c.caseId,
      serialNumber: c.serialNumber,
      productModel: decision.productModel ?? c.productModel,
      inWarranty: decision.inWarranty,
      remedy: decision.remedy,
      contractId: decision.contract?.contractId ?? null,
      warrantyStartsOn: decision.warrantyStartsOn,
      warrantyEndsOn: decision.warrantyEndsOn,
      coverage: decision.coverage,
      allowedServiceModes: decision.allowedServiceModes,
      // The contract in force brings its own SLA plan (R-WA-6); intake runs the case's clocks on it.
      slaPlanCode: decision.slaPlanCode,
      slaTerms: decision.slaTerms,
      rules: decision.rules,
      evidence: decision.evidence,
      diagnosis: null,
      returnRequest: decision.evidence.returnRequest,
      decidedFor: at,
      decidedAt: new Date(),
      version: 1,
    });
    await repo.insert(row);
    // Caused by the case's opening: its correlation id carries on.
    await this.outbox.append(ctx.manager, EntitlementDeterminedV1, {
      aggregateId: row.id,
      sequence: row.version,
      data: entitlementDeterminedData(row),
      correlationId: event.correlationId,
      causationId: event.id,
    });
  }
}
