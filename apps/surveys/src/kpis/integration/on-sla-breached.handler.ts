import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { SlaBreachedV1, SlaBreachedV1Data } from '@aftersales/contracts-intake';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { KpiFactRecorder } from './kpi-fact.recorder';

/** R-SLA-7: every breach is recorded for the breach report; R-SV-4: response-time compliance per clock. */
@Injectable()
export class KpiOnSlaBreachedHandler {
  constructor(private readonly facts: KpiFactRecorder) {}

  @OnEvent(SlaBreachedV1, { name: 'kpi-sla-breached' })
  async handle(event: EventEnvelope<SlaBreachedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    await this.facts.record(event, ctx, [{ kind: 'sla-breached', caseId: d.caseId, at: d.breachedAt, clock: d.clock, priority: d.priority }], {
      caseId: d.caseId,
      caseNumber: d.caseNumber,
      clock: d.clock,
      priority: d.priority,
      planCode: d.planCode,
      dueAt: d.dueAt,
      breachedAt: d.breachedAt,
    });
  }
}
