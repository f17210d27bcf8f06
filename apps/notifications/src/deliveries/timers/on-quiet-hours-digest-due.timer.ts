import { Injectable } from '@nestjs/common';
import { LessThanOrEqual } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { DueTimer, OnTimer, TimerContext } from '@aftersales/platform-timers';
import { NotificationRules, notificationRules } from '../../config/notifications.config';
import { PersonEntity } from '../../directory/infrastructure/directory.entity';
import { TemplateRenderer } from '../../templates/template.renderer';
import { smsLength, smsSegments } from '../domain/sms-length';
import { DeliveryEntity } from '../infrastructure/delivery.entity';
import { DigestPayload, DeliveryTimers, QUIET_HOURS_DIGEST_TIMER } from './delivery.timers';

/**
 * The end of a person's quiet hours: every SMS held for them goes out as one digest (its own delivery, sent like any
 * other); the held rows are marked digested and point at it. Case numbers that would overrun the SMS limit are cut.
 */
@Injectable()
export class OnQuietHoursDigestDueTimer {
  private readonly rules: NotificationRules;

  constructor(
    private readonly renderer: TemplateRenderer,
    private readonly timers: DeliveryTimers,
    config: AppConfig,
  ) {
    this.rules = notificationRules(config);
  }

  @OnTimer(QUIET_HOURS_DIGEST_TIMER)
  async fire(timer: DueTimer, ctx: TimerContext): Promise<void> {
    const { personId } = timer.payload as unknown as DigestPayload;
    const m = ctx.manager;
    const held = await m.getRepository(DeliveryEntity).find({
      where: { personId, status: 'held', holdUntil: LessThanOrEqual(ctx.now) },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    const person = await m.getRepository(PersonEntity).findOneBy({ id: personId });
    if (held.length === 0 || !person) return;
    const refs = [...new Set(held.map((d) => d.smsParams?.caseNumber ?? d.smsParams?.workOrderNumber ?? d.smsParams?.contractNumber ?? d.notice))];
    let shown = refs;
    let rendered = await this.renderer.render(m, 'quiet-hours-digest', person.language, 'sms', { count: held.length, cases: shown.join(',') });
    while (shown.length > 1 && smsSegments(smsLength(this.rules.smsSignName, rendered.body)) > this.rules.smsMaxSegments) {
      shown = shown.slice(0, -1);
      rendered = await this.renderer.render(m, 'quiet-hours-digest', person.language, 'sms', { count: held.length, cases: `${shown.join(',')}…` });
    }
    const id = uuidv7();
    await m.getRepository(DeliveryEntity).insert({
      id,
      key: timer.key,
      eventId: timer.key,
      eventType: QUIET_HOURS_DIGEST_TIMER,
      notice: 'quiet-hours-digest',
      caseId: null,
      personId,
      channel: 'sms',
      address: person.phone,
      priority: null,
      urgent: false,
      status: 'queued',
      language: person.language,
      templateId: rendered.templateId,
      templateVersion: rendered.templateVersion,
      subject: rendered.subject,
      body: rendered.body,
      smsTemplateCode: rendered.smsTemplateCode,
      smsParams: rendered.smsParams,
      attempts: 0,
      queuedAt: ctx.now,
    });
    await m.getRepository(DeliveryEntity).update(
      held.map((d) => d.id),
      { status: 'digested', digestId: id },
    );
    await this.timers.scheduleAttempt(m, id, 1, ctx.now);
  }
}
