import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { WorkOrderCompletedV1, WorkOrderCompletedV1Data } from '@aftersales/contracts-dispatch';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { KpiFactRecorder } from './kpi-fact.recorder';

/** R-SV-4: first-time fix counts the visits a repair took. */
@Injectable()
export class KpiOnWorkOrderCompletedHandler {
  constructor(private readonly facts: KpiFactRecorder) {}

  @OnEvent(WorkOrderCompletedV1, { name: 'kpi-work-order-completed' })
  async handle(event: EventEnvelope<WorkOrderCompletedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    await this.facts.record(event, ctx, [{ kind: 'work-order-completed', caseId: d.caseId, at: d.completedAt, workOrderId: d.workOrderId, engineerId: d.engineerId, visits: d.visits ?? null }]);
  }
}
