import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { WorkOrderAssignedV1, WorkOrderAssignedV1Data } from '@aftersales/contracts-dispatch';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { KpiFactRecorder } from './kpi-fact.recorder';

/** R-SV-4: the engineer and branch a case is counted for (the latest assignment). */
@Injectable()
export class KpiOnWorkOrderAssignedHandler {
  constructor(private readonly facts: KpiFactRecorder) {}

  @OnEvent(WorkOrderAssignedV1, { name: 'kpi-work-order-assigned' })
  async handle(event: EventEnvelope<WorkOrderAssignedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    await this.facts.record(event, ctx, [{ kind: 'work-order-assigned', caseId: d.caseId, at: d.assignedAt, engineerId: d.engineerId, branch: d.branchCode ?? null }]);
  }
}
