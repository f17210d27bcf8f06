import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { WorkOrderCompletedV1, WorkOrderCompletedV1Data } from '@aftersales/contracts-dispatch';
import { CaseResolvedV1 } from '@aftersales/contracts-intake';
import { EventContext, OnEvent, PermanentError } from '@aftersales/platform-messaging';
import { CaseStatusRecorder } from '../commands/case-status.recorder';
import { transition } from '../domain/case-lifecycle';
import { CaseEntity } from '../infrastructure/case.entity';
import { CaseRepository } from '../infrastructure/case.repository';
import { Clock } from '../infrastructure/clock';

/** Field work done: the case is resolved and waits for the customer's confirmation (R-IN-7). */
@Injectable()
export class OnWorkOrderCompletedHandler {
  constructor(
    private readonly cases: CaseRepository,
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
    const from = c.status;
    c.status = transition(c.status, 'resolved');
    c.workOrderId = d.workOrderId;
    c.resolution = d.resolution;
    c.resolvedAt = now;
    c.diagnosedAt ??= now;
    c.updatedAt = now;
    c.version += 1;
    await ctx.manager.save(c);
    await this.cases.log(ctx.manager, c.id, {
      actor: 'system:dispatch',
      kind: 'case-resolved',
      visibility: 'public',
      detail: { workOrderId: d.workOrderId, workOrderNumber: d.workOrderNumber, resolution: d.resolution },
      at: now,
    });
    await this.statuses.changed(ctx.manager, c, { from, to: 'resolved', action: 'case-resolved', reason: null, actor: 'system:dispatch', at: now }, ctx.publish);
    await ctx.publish(CaseResolvedV1, {
      aggregateId: c.id,
      sequence: c.version,
      data: { caseId: c.id, caseNumber: c.caseNumber, resolution: d.resolution, workOrderId: d.workOrderId, resolvedAt: now.toISOString() },
    });
  }
}
