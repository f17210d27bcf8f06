import { Injectable } from '@nestjs/common';
import { CustomerComplaintStandingChangedV1, CustomerComplaintStandingChangedV1Data } from '@aftersales/contracts-complaints';
import { EventEnvelope } from '@aftersales/contracts-core';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { ComplaintStandingStore } from '../infrastructure/complaint-standing.store';

/** R-CP-5: keeps complaints' standing of each customer, so every new case of theirs knows it at once. */
@Injectable()
export class OnCustomerComplaintStandingChangedHandler {
  constructor(private readonly standings: ComplaintStandingStore) {}

  @OnEvent(CustomerComplaintStandingChangedV1, { name: 'keep-complaint-standing' })
  async handle(event: EventEnvelope<CustomerComplaintStandingChangedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    await this.standings.apply(ctx.manager, d.customerId, { complainedBefore: d.complainedBefore, complaintCount: d.complaintCount, openComplaints: d.openComplaints, lastComplaintAt: d.lastComplaintAt }, event.sequence);
  }
}
