import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { ResponseReceivedV1, ResponseReceivedV1Data } from '@aftersales/contracts-surveys';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { KpiFactRecorder } from './kpi-fact.recorder';

/** R-SV-4, R-SLA-8: satisfaction (CSAT 4 or 5) and NPS from the survey answers. */
@Injectable()
export class KpiOnResponseReceivedHandler {
  constructor(private readonly facts: KpiFactRecorder) {}

  @OnEvent(ResponseReceivedV1, { name: 'kpi-response-received' })
  async handle(event: EventEnvelope<ResponseReceivedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    // NPS is the answer of kind nps (0-10), when the template asked it.
    const nps = d.answers?.find((a) => a.kind === 'nps' && typeof a.value === 'number')?.value;
    await this.facts.record(event, ctx, [{ kind: 'survey-response', caseId: d.caseId, at: d.receivedAt, customerId: d.customerId, csat: d.score, nps: typeof nps === 'number' ? nps : null }]);
  }
}
