import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { WorkOrderVisitIncompleteV1, WorkOrderVisitIncompleteV1Data } from '@aftersales/contracts-dispatch';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { KpiFactRecorder } from './kpi-fact.recorder';

/** R-DS-4: a visit that did not finish the repair; the repair is not a first-time fix. */
@Injectable()
export class KpiOnWorkOrderVisitIncompleteHandler {
  constructor(private readonly facts: KpiFactRecorder) {}

  @OnEvent(WorkOrderVisitIncompleteV1, { name: 'kpi-work-order-visit-incomplete' })
  async handle(event: EventEnvelope<WorkOrderVisitIncompleteV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    await this.facts.record(event, ctx, [{ kind: 'visit-incomplete', caseId: d.caseId, at: d.endedAt, workOrderId: d.workOrderId, visitNumber: d.visitNumber }]);
  }
}
