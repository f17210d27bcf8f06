import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CaseResolvedV1, CaseResolvedV1Data } from '@aftersales/contracts-intake';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { KpiFactRecorder } from './kpi-fact.recorder';

/** R-SV-4: resolution rate, mean time to resolution, and the clocks it settles. */
@Injectable()
export class KpiOnCaseResolvedHandler {
  constructor(private readonly facts: KpiFactRecorder) {}

  @OnEvent(CaseResolvedV1, { name: 'kpi-case-resolved' })
  async handle(event: EventEnvelope<CaseResolvedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    await this.facts.record(event, ctx, [{ kind: 'resolved', caseId: d.caseId, at: d.resolvedAt }]);
  }
}
