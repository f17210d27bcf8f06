import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { DueTimer, OnTimer, TimerContext } from '@aftersales/platform-timers';
import { NotificationRules, notificationRules } from '../../config/notifications.config';
import { OutgoingNotice, SmsProvider } from '../channels/channel';
import { DingTalkChannel } from '../channels/dingtalk.channel';
import { EmailChannel } from '../channels/email.channel';
import { deliveryAttempts } from '../delivery.metrics';
import { SendOutcome, retryDelayMs } from '../domain/retry';
import { DeliveryEntity } from '../infrastructure/delivery.entity';
import { DELIVERY_ATTEMPT_TIMER, DeliveryAttemptPayload, DeliveryTimers } from './delivery.timers';

/**
 * One send attempt of a queued delivery, in the transaction that marks the timer fired (so two replicas never both
 * take it). A transient failure schedules the next attempt with backoff; after NOTIFY_MAX_ATTEMPTS, or on a permanent
 * failure, the delivery is failed with its reason. A crash between the provider's answer and the commit sends again:
 * the provider edge is at-least-once (the SMS OutId / mail Message-ID is the delivery id, so it can be recognised).
 */
@Injectable()
export class OnDeliveryAttemptDueTimer {
  private readonly logger = new Logger('Deliveries');
  private readonly rules: NotificationRules;

  constructor(
    private readonly email: EmailChannel,
    private readonly sms: SmsProvider,
    private readonly dingtalk: DingTalkChannel,
    private readonly timers: DeliveryTimers,
    config: AppConfig,
  ) {
    this.rules = notificationRules(config);
  }

  private channel(name: string): { send(notice: OutgoingNotice): Promise<SendOutcome> } {
    return name === 'email' ? this.email : name === 'dingtalk' ? this.dingtalk : this.sms;
  }

  @OnTimer(DELIVERY_ATTEMPT_TIMER)
  async fire(timer: DueTimer, ctx: TimerContext): Promise<void> {
    const { deliveryId } = timer.payload as unknown as DeliveryAttemptPayload;
    const repo = ctx.manager.getRepository(DeliveryEntity);
    const delivery = await repo.findOne({ where: { id: deliveryId }, lock: { mode: 'pessimistic_write' } });
    if (!delivery || delivery.status !== 'queued') return;
    const notice = {
      deliveryId: delivery.id,
      address: delivery.address ?? '',
      subject: delivery.subject,
      body: delivery.body,
      smsTemplateCode: delivery.smsTemplateCode,
      smsParams: delivery.smsParams ?? {},
    };
    const outcome: SendOutcome = await this.channel(delivery.channel).send(notice);
    const attempts = delivery.attempts + 1;
    if (outcome.ok) {
      deliveryAttempts.inc({ channel: delivery.channel, outcome: 'sent' });
      await repo.update(delivery.id, { status: 'sent', attempts, sentAt: ctx.now, providerRef: outcome.providerRef, lastError: null });
      return;
    }
    if (outcome.retryable && attempts < this.rules.maxAttempts) {
      deliveryAttempts.inc({ channel: delivery.channel, outcome: 'retry' });
      await repo.update(delivery.id, { attempts, lastError: outcome.reason });
      await this.timers.scheduleAttempt(ctx.manager, delivery.id, attempts + 1, new Date(ctx.now.getTime() + retryDelayMs(attempts, this.rules.retryBaseMs)));
      return;
    }
    const reason = outcome.retryable ? `GAVE_UP after ${attempts} attempts: ${outcome.reason}` : `PERMANENT: ${outcome.reason}`;
    deliveryAttempts.inc({ channel: delivery.channel, outcome: 'failed' });
    this.logger.warn(`delivery ${delivery.id} (${delivery.channel}) failed: ${reason}`);
    await repo.update(delivery.id, { status: 'failed', attempts, failedAt: ctx.now, lastError: reason });
  }
}
