import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { WorkOrderRepeatRepairFlaggedV1, WorkOrderRepeatRepairFlaggedV1Data } from '@aftersales/contracts-dispatch';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { KpiFactRecorder } from './kpi-fact.recorder';

/** R-DS-6, R-SV-4: repeat repairs within 3 months, counted against the repair that did not last. */
@Injectable()
export class KpiOnWorkOrderRepeatRepairFlaggedHandler {
  constructor(private readonly facts: KpiFactRecorder) {}

  @OnEvent(WorkOrderRepeatRepairFlaggedV1, { name: 'kpi-work-order-repeat-repair-flagged' })
  async handle(event: EventEnvelope<WorkOrderRepeatRepairFlaggedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    // R-DS-6: the new case is a repeat, and the earlier repair did not last (its engineer's repeat-repair rate).
    await this.facts.record(event, ctx, [
      { kind: 'repeat-flagged', caseId: d.caseId, at: d.flaggedAt, previousCaseId: d.previousCaseId, serialNumber: d.serialNumber, productModel: d.productModel },
      { kind: 'repeated-by', caseId: d.previousCaseId, at: d.flaggedAt, laterCaseId: d.caseId },
    ]);
  }
}
