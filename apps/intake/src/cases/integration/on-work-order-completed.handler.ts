import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { WorkOrderCompletedV1, WorkOrderCompletedV1Data } from '@aftersales/contracts-dispatch';
import { EventContext, OnEvent, PermanentError } from '@aftersales/platform-messaging';
import { CaseStatusRecorder } from '../commands/case-status.recorder';
import { CaseEntity } from '../infrastructure/case.entity';
import { Clock } from '../infrastructure/clock';

/** Field work done: the case is resolved and waits for the customer's confirmation (R-IN-7). */
@Injectable()
export class OnWorkOrderCompletedHandler {
  constructor(
    private readonly statuses: CaseStatusRecorder,
    private readonly clock: Clock,
  ) {}

  @OnEvent(WorkOrderCompletedV1, { name: 'resolve-on-completion' })
  async handle(event: EventEnvelope<WorkOrderCompletedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    const c = await ctx.manager.getRepository(CaseEntity).findOne({ where: { id: d.caseId }, lock: { mode: 'pessimistic_write' } });
    if (!c) throw new PermanentError(`work order ${d.workOrderId} completed for unknown case ${d.caseId}`);
    // A replayed completion, or one arriving after the case moved on, must not resolve it again.
    if (c.status === 'resolved' || c.status === 'closed' || (c.workOrderId === d.workOrderId && c.resolvedAt)) return;
    const now = this.clock.now();
    const change = this.statuses.decide(c, 'resolved', 'system', now, { resolution: d.resolution });
    c.workOrderId = d.workOrderId;
    c.diagnosedAt ??= now;
    // The engineer's work, relayed by dispatch: a person's action, so it meets the resolution clock (R-SLA-1 kind 'staff').
    await this.statuses.apply(
      ctx.manager,
      c,
      change,
      { actor: 'system:dispatch', kind: 'staff', at: now, entry: { detail: { workOrderId: d.workOrderId, workOrderNumber: d.workOrderNumber, resolution: d.resolution } } },
      { cause: { correlationId: event.correlationId, causationId: event.id } },
    );
  }
}
