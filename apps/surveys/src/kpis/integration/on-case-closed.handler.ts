import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CaseClosedV1, CaseClosedV1Data } from '@aftersales/contracts-intake';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { KpiFactRecorder } from './kpi-fact.recorder';

/** R-SV-4: closed cases are what the complaint rate is counted on. */
@Injectable()
export class KpiOnCaseClosedHandler {
  constructor(private readonly facts: KpiFactRecorder) {}

  @OnEvent(CaseClosedV1, { name: 'kpi-case-closed' })
  async handle(event: EventEnvelope<CaseClosedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    await this.facts.record(event, ctx, [{ kind: 'closed', caseId: d.caseId, at: d.closedAt, customerId: d.customerId, productModel: d.productModel, category: d.category }]);
  }
}
