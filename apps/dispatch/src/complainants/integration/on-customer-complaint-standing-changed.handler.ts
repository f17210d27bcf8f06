import { Injectable } from '@nestjs/common';
import { CustomerComplaintStandingChangedV1, CustomerComplaintStandingChangedV1Data } from '@aftersales/contracts-complaints';
import { EventEnvelope } from '@aftersales/contracts-core';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { ComplainantStore } from '../infrastructure/complainant.store';

/** R-CP-5: who complained before, so assignment prefers a more senior engineer for them. */
@Injectable()
export class OnCustomerComplaintStandingChangedHandler {
  constructor(private readonly complainants: ComplainantStore) {}

  @OnEvent(CustomerComplaintStandingChangedV1, { name: 'keep-complaint-standing' })
  async handle(event: EventEnvelope<CustomerComplaintStandingChangedV1Data>, ctx: EventContext): Promise<void> {
    await this.complainants.apply(ctx.manager, event.data.customerId, event.data.complainedBefore, event.sequence);
  }
}
