import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { ComplaintOpenedV1, ComplaintOpenedV1Data } from '@aftersales/contracts-complaints';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { KpiFactRecorder } from './kpi-fact.recorder';

/** R-SV-4: the complaint rate counts closed cases that drew a complaint. */
@Injectable()
export class KpiOnComplaintOpenedHandler {
  constructor(private readonly facts: KpiFactRecorder) {}

  @OnEvent(ComplaintOpenedV1, { name: 'kpi-complaint-opened' })
  async handle(event: EventEnvelope<ComplaintOpenedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    // A complaint about no case in particular counts for none.
    await this.facts.record(
      event,
      ctx,
      d.caseIds.map((caseId) => ({ kind: 'complaint' as const, caseId, at: d.openedAt, complaintId: d.complaintId, customerId: d.customerId })),
    );
  }
}
