import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CaseStatusChangedV1, CaseStatusChangedV1Data } from '@aftersales/contracts-intake';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { KpiFactRecorder } from './kpi-fact.recorder';

/** R-IN-7, R-SLA-6: a reopened case is unresolved again; time waiting on the customer is not resolution time. */
@Injectable()
export class KpiOnCaseStatusChangedHandler {
  constructor(private readonly facts: KpiFactRecorder) {}

  @OnEvent(CaseStatusChangedV1, { name: 'kpi-case-status-changed' })
  async handle(event: EventEnvelope<CaseStatusChangedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    await this.facts.record(event, ctx, [{ kind: 'status-changed', caseId: d.caseId, at: d.changedAt, from: d.from, to: d.to }]);
  }
}
