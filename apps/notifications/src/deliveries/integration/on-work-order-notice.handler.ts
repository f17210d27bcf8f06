import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { WorkOrderAcknowledgementRemindedV1, WorkOrderAcknowledgementRemindedV1Data, WorkOrderAssignedV1, WorkOrderAssignedV1Data } from '@aftersales/contracts-dispatch';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { Clock } from '@aftersales/platform-timers';
import { NotifyCommand } from '../commands/notify/notify.command';
import { localTime } from '../domain/format';

/**
 * R-SLA-4: the engineer who has not contacted the customer 30/45 minutes after assignment is reminded; on a
 * reassignment the new engineer is told to respond at once and the previous one that the order went elsewhere.
 * Engineers are named by dispatch's engineer id, resolved through a person's external ids. Urgent: the customer is
 * waiting, so quiet hours do not hold these.
 */
@Injectable()
export class OnWorkOrderNoticeHandler {
  constructor(
    private readonly notify: NotifyCommand,
    private readonly clock: Clock,
  ) {}

  @OnEvent(WorkOrderAcknowledgementRemindedV1, { name: 'notify-acknowledgement-reminded' })
  reminded(event: EventEnvelope<WorkOrderAcknowledgementRemindedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    return this.notify.execute(ctx.manager, {
      eventId: event.id,
      eventType: event.type,
      notice: 'acknowledgement-reminder',
      caseId: d.caseId,
      priority: null,
      urgent: true,
      roles: [],
      users: [d.engineerId],
      channels: 'preferred',
      context: (p) => ({ workOrderNumber: d.workOrderNumber, minutes: d.minutesSinceAssignment, respondBy: localTime(d.respondBy, p.timeZone) }),
      now: this.clock.now(),
    });
  }

  @OnEvent(WorkOrderAssignedV1, { name: 'notify-work-order-reassigned' })
  async assigned(event: EventEnvelope<WorkOrderAssignedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    // First assignments reach the engineer through dispatch's own work board; only a reassignment is a notice here.
    if (d.assignment !== 'reassigned') return;
    const now = this.clock.now();
    const base = { eventId: event.id, eventType: event.type, caseId: d.caseId, priority: null, urgent: true, roles: [], channels: 'preferred' as const, now };
    const context = () => ({ workOrderNumber: d.workOrderNumber });
    await this.notify.execute(ctx.manager, { ...base, notice: 'reassigned-to-you', users: [d.engineerId], context });
    if (d.previousEngineerId) await this.notify.execute(ctx.manager, { ...base, notice: 'reassigned-away', users: [d.previousEngineerId], context });
  }
}
