import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { EntitlementDeterminedV1, EntitlementDeterminedV1Data } from '@aftersales/contracts-warranty';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { WarrantyRemedyRmas } from './warranty-remedy-rmas';

/** Warranty decided a return, an exchange or a replacement (R-WA-3, R-WA-4): rma-inventory opens the RMA that carries it out. */
@Injectable()
export class OnEntitlementDeterminedHandler {
  constructor(private readonly remedies: WarrantyRemedyRmas) {}

  @OnEvent(EntitlementDeterminedV1, { name: 'open-rma-on-decision' })
  async handle(event: EventEnvelope<EntitlementDeterminedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    // R-WA-3 says so in its rule outcome when the unit was defective on arrival.
    const doa = d.rules.some((r) => r.rule === 'R-WA-3' && r.outcome === 'passed' && /defective on arrival/i.test(r.detail));
    await this.remedies.open(ctx.manager, {
      decisionId: d.decisionId,
      caseId: d.caseId,
      serialNumber: d.serialNumber,
      productModel: d.productModel,
      remedy: d.remedy,
      defectiveOnArrival: doa,
      cause: null,
      correlation: { correlationId: event.correlationId, causationId: event.id },
    });
  }
}
