import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CaseAssignedV1, CaseAssignedV1Data } from '@aftersales/contracts-intake';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { KpiFactRecorder } from './kpi-fact.recorder';

/** R-SV-4: the engineer on a case that no work order names (a phone fix) is intake's assignee. */
@Injectable()
export class KpiOnCaseAssignedHandler {
  constructor(private readonly facts: KpiFactRecorder) {}

  @OnEvent(CaseAssignedV1, { name: 'kpi-case-assigned' })
  async handle(event: EventEnvelope<CaseAssignedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    await this.facts.record(event, ctx, [{ kind: 'assigned', caseId: d.caseId, at: d.assignedAt, assigneeId: d.assigneeId }]);
  }
}
