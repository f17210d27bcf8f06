import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CasePriorityChangedV1, CasePriorityChangedV1Data } from '@aftersales/contracts-intake';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { Clock } from '@aftersales/platform-timers';
import { respondByAfterPriorityChange, responseWindowMinutes } from '../domain/acknowledgement.policy';
import { WorkOrderEntity } from '../infrastructure/work-order.entity';

/**
 * The case's priority changed (R-IN-5): the work order takes the new priority, and an engineer who has not reached
 * the customer yet owes them contact within the new priority's window (R-SLA-2), counted from when the promise was
 * made (so a P3 order raised to P1 20 minutes after assignment keeps its hour from the assignment). A case without a
 * work order, a finished order, or a replay of a change already applied changes nothing.
 */
@Injectable()
export class OnCasePriorityChangedHandler {
  constructor(private readonly clock: Clock) {}

  @OnEvent(CasePriorityChangedV1, { name: 'reprioritise-work-order' })
  async handle(event: EventEnvelope<CasePriorityChangedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    const repo = ctx.manager.getRepository(WorkOrderEntity);
    const wo = await repo.findOne({ where: { caseId: d.caseId }, lock: { mode: 'pessimistic_write' } });
    if (!wo || wo.priority === d.to || wo.status === 'completed' || wo.status === 'cancelled') return;
    const from = responseWindowMinutes(wo.engineerResponse, wo.priority);
    const to = responseWindowMinutes(wo.engineerResponse, d.to);
    wo.priority = d.to;
    if (wo.respondBy && !wo.customerContactedAt) wo.respondBy = respondByAfterPriorityChange(wo.respondBy, from, to);
    wo.updatedAt = this.clock.now();
    wo.version += 1;
    await repo.save(wo);
  }
}
