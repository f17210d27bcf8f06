import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CaseOpenedV1, CaseOpenedV1Data } from '@aftersales/contracts-intake';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { KpiFactRecorder } from './kpi-fact.recorder';

/** R-SV-4: a case counts from its opening (resolution rate), under its customer and product model. */
@Injectable()
export class KpiOnCaseOpenedHandler {
  constructor(private readonly facts: KpiFactRecorder) {}

  @OnEvent(CaseOpenedV1, { name: 'kpi-case-opened' })
  async handle(event: EventEnvelope<CaseOpenedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    await this.facts.record(event, ctx, [
      { kind: 'opened', caseId: d.caseId, at: d.openedAt, customerId: d.customerId, productModel: d.productModel, serialNumber: d.serialNumber, category: d.category, priority: d.priority, channel: d.channel },
    ]);
  }
}
