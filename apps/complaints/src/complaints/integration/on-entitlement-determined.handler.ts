import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { EntitlementDeterminedV1, EntitlementDeterminedV1Data } from '@aftersales/contracts-warranty';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { ComplaintRepository } from '../infrastructure/complaint.repository';

/**
 * R-CP-3: warranty's decision on each case, kept here so a complaint records the warranty status at the time of
 * registration without asking warranty while the complainant waits (docs/architecture.md: a projection of events).
 */
@Injectable()
export class OnEntitlementDeterminedHandler {
  constructor(private readonly complaints: ComplaintRepository) {}

  @OnEvent(EntitlementDeterminedV1, { name: 'keep-warranty-status' })
  async handle(event: EventEnvelope<EntitlementDeterminedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    await this.complaints.recordWarrantyDecision(ctx.manager, {
      caseId: d.caseId,
      decisionId: d.decisionId,
      serialNumber: d.serialNumber,
      productModel: d.productModel,
      inWarranty: d.inWarranty,
      warrantyEndsOn: d.warrantyEndsOn,
      determinedAt: new Date(d.determinedAt),
    });
  }
}
