import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CaseEscalatedV1, CaseEscalatedV1Data, SlaBreachedV1, SlaBreachedV1Data, SlaWarningV1, SlaWarningV1Data } from '@aftersales/contracts-intake';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { Clock } from '@aftersales/platform-timers';
import { Channel } from '../../directory/domain/directory';
import { NotifyCommand } from '../commands/notify/notify.command';
import { localTime } from '../domain/format';

/**
 * R-SLA-7: intake's ladder steps name who is told (recipients.roles and users) and how (recipients.channels: email
 * and SMS); each goes to the people the directory resolves, and to their in-app inbox.
 */
@Injectable()
export class OnSlaNoticeHandler {
  constructor(
    private readonly notify: NotifyCommand,
    private readonly clock: Clock,
  ) {}

  @OnEvent(SlaWarningV1, { name: 'notify-sla-warning' })
  warning(event: EventEnvelope<SlaWarningV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    return this.notify.execute(ctx.manager, {
      ...this.common(event, d),
      notice: 'sla-warning',
      urgent: false,
      context: (p) => ({ caseNumber: d.caseNumber, priority: d.priority, clock: d.clock, remainingMinutes: d.remainingMinutes, reason: d.reason, dueAt: localTime(d.dueAt, p.timeZone) }),
    });
  }

  @OnEvent(SlaBreachedV1, { name: 'notify-sla-breached' })
  breached(event: EventEnvelope<SlaBreachedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    return this.notify.execute(ctx.manager, {
      ...this.common(event, d),
      notice: 'sla-breached',
      urgent: false,
      context: (p) => ({ caseNumber: d.caseNumber, priority: d.priority, clock: d.clock, dueAt: localTime(d.dueAt, p.timeZone) }),
    });
  }

  @OnEvent(CaseEscalatedV1, { name: 'notify-case-escalated' })
  escalated(event: EventEnvelope<CaseEscalatedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    return this.notify.execute(ctx.manager, {
      ...this.common(event, d),
      notice: 'case-escalated',
      urgent: false,
      context: (p) => ({ caseNumber: d.caseNumber, priority: d.priority, clock: d.clock, level: d.level, reason: d.reason, reactBy: localTime(d.reactBy, p.timeZone) }),
    });
  }

  private common(event: EventEnvelope<unknown>, d: SlaWarningV1Data | SlaBreachedV1Data | CaseEscalatedV1Data) {
    return {
      eventId: event.id,
      eventType: event.type,
      caseId: d.caseId,
      priority: d.priority,
      roles: d.recipients.roles,
      users: d.recipients.users,
      channels: d.recipients.channels as Channel[],
      now: this.clock.now(),
    };
  }
}
