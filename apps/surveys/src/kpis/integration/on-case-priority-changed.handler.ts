import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CasePriorityChangedV1, CasePriorityChangedV1Data } from '@aftersales/contracts-intake';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { KpiFactRecorder } from './kpi-fact.recorder';

/** R-IN-5: the breach report and the KPIs read the case's priority as it stands. */
@Injectable()
export class KpiOnCasePriorityChangedHandler {
  constructor(private readonly facts: KpiFactRecorder) {}

  @OnEvent(CasePriorityChangedV1, { name: 'kpi-case-priority-changed' })
  async handle(event: EventEnvelope<CasePriorityChangedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    await this.facts.record(event, ctx, [{ kind: 'priority-changed', caseId: d.caseId, at: d.changedAt, priority: d.to }]);
  }
}
