import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { EntitlementDeterminedV1, EntitlementDeterminedV1Data } from '@aftersales/contracts-warranty';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { KpiFactRecorder } from './kpi-fact.recorder';

/** R-SLA-8: a unit under a service contract belongs to the fleet whose availability is measured. */
@Injectable()
export class KpiOnEntitlementDeterminedHandler {
  constructor(private readonly facts: KpiFactRecorder) {}

  @OnEvent(EntitlementDeterminedV1, { name: 'kpi-entitlement-determined' })
  async handle(event: EventEnvelope<EntitlementDeterminedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    await this.facts.record(event, ctx, [{ kind: 'entitlement', caseId: d.caseId, at: d.determinedAt, contractId: d.contractId ?? null, serialNumber: d.serialNumber, productModel: d.productModel }]);
  }
}
