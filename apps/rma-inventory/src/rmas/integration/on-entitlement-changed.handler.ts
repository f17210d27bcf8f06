import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { EntitlementChangedV1, EntitlementChangedV1Data } from '@aftersales/contracts-warranty';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { WarrantyRemedyRmas } from './warranty-remedy-rmas';

/** New evidence turned the decision into a return, an exchange or a replacement (R-WA-3, R-WA-4): open its RMA. */
@Injectable()
export class OnEntitlementChangedHandler {
  constructor(private readonly remedies: WarrantyRemedyRmas) {}

  @OnEvent(EntitlementChangedV1, { name: 'open-rma-on-changed-decision' })
  async handle(event: EventEnvelope<EntitlementChangedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    if (d.previous.remedy === d.current.remedy) return; // same remedy: the RMA it asked for (if any) is there already
    await this.remedies.open(ctx.manager, {
      decisionId: d.decisionId,
      caseId: d.caseId,
      serialNumber: d.serialNumber,
      productModel: null,
      remedy: d.current.remedy,
      defectiveOnArrival: d.evidence.defectiveOnArrival,
      cause: d.evidence.cause,
      correlation: { correlationId: event.correlationId, causationId: event.id },
    });
  }
}
