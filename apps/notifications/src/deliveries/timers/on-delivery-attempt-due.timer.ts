import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { DueTimer, OnTimer, TimerContext } from '@aftersales/platform-timers';
import { NotificationRules, notificationRules } from '../../config/notifications.config';
import { OutgoingNotice, SmsProvider } from '../channels/channel';
import { DingTalkChannel } from '../channels/dingtalk.channel';
import { EmailChannel } from '../channels/email.channel';
import { WeComChannel } from '../channels/wecom.channel';
import { deliveryAttempts } from '../delivery.metrics';
import { isCritical } from '../domain/quiet-hours';
import { rateLimitedUntil } from '../domain/rate-limit';
import { SendOutcome, isStalled, retryDelayMs } from '../domain/retry';
import { NotificationTemplateEntity } from '../../templates/infrastructure/template.entity';
import { DeliveryEntity } from '../infrastructure/delivery.entity';
import { DELIVERY_ATTEMPT_TIMER, DeliveryAttemptPayload, DeliveryTimers } from './delivery.timers';

/**
 * One send attempt of a queued delivery, in the transaction that marks the timer fired (so two replicas never both
 * take it). A transient failure (no connection, a timeout, 5xx, throttling) schedules the next attempt with backoff
 * capped at NOTIFY_RETRY_MAX_MS, however long the provider is down: an outage loses nothing, and at
 * NOTIFY_MAX_ATTEMPTS the wait is reported. Only a permanent refusal (the provider saying the request is bad) fails
 * the delivery, with its reason. A crash between the provider's answer and the commit fires the same attempt again
 * with the same delivery id as OutId / Message-ID / Idempotency-Key: a provider that deduplicates on it sends once;
 * one that does not (Aliyun's SendSms, SMTP, the robots) may send twice (docs/notifications.md).
 */
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

@Injectable()
export class OnDeliveryAttemptDueTimer {
  private readonly logger = new Logger('Deliveries');
  private readonly rules: NotificationRules;

  constructor(
    private readonly email: EmailChannel,
    private readonly sms: SmsProvider,
    private readonly dingtalk: DingTalkChannel,
    private readonly wecom: WeComChannel,
    private readonly timers: DeliveryTimers,
    config: AppConfig,
  ) {
    this.rules = notificationRules(config);
  }

  private channel(name: string): { send(notice: OutgoingNotice): Promise<SendOutcome> } {
    if (name === 'email') return this.email;
    if (name === 'dingtalk') return this.dingtalk;
    if (name === 'wecom') return this.wecom;
    return this.sms;
  }

  /**
   * Per-person SMS limit (NOTIFY_SMS_PER_PERSON_PER_HOUR): over it, the attempt waits until a send leaves the hour,
   * without counting as an attempt. One person's sends are serialised by an advisory lock, so replicas agree.
   */
  private async waitForRateLimit(delivery: DeliveryEntity, ctx: TimerContext): Promise<boolean> {
    const limit = this.rules.smsPerPersonPerHour;
    if (limit <= 0) return false;
    await ctx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('notifications:sms:' || $1))`, [delivery.personId]);
    const rows: { sent_at: Date }[] = await ctx.manager.query(
      `SELECT sent_at FROM notification_deliveries WHERE person_id = $1 AND channel = 'sms' AND sent_at > $2`,
      [delivery.personId, new Date(ctx.now.getTime() - HOUR_MS)],
    );
    const until = rateLimitedUntil(rows.map((r) => r.sent_at), limit, HOUR_MS, ctx.now);
    if (!until) return false;
    deliveryAttempts.inc({ channel: delivery.channel, outcome: 'rate-limited' });
    await ctx.manager.getRepository(DeliveryEntity).update(delivery.id, { lastError: `RATE_LIMITED: ${limit} SMS an hour to this person; waits until ${until.toISOString()}` });
    await this.timers.deferAttempt(ctx.manager, delivery.id, delivery.attempts + 1, until);
    return true;
  }

  /**
   * Per-robot limit (NOTIFY_ROBOT_PER_MINUTE, the robots' own 20 a minute): over it, the attempt waits for the minute
   * rather than have the robot refuse it (DingTalk then shuts it for 10 minutes). For every notice, critical ones too.
   */
  private async waitForRobot(delivery: DeliveryEntity, ctx: TimerContext): Promise<boolean> {
    const limit = this.rules.robotPerMinute;
    if (limit <= 0) return false;
    await ctx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('notifications:robot:' || $1))`, [delivery.channel]);
    const rows: { sent_at: Date }[] = await ctx.manager.query(`SELECT sent_at FROM notification_deliveries WHERE channel = $1 AND sent_at > $2`, [
      delivery.channel,
      new Date(ctx.now.getTime() - MINUTE_MS),
    ]);
    const until = rateLimitedUntil(rows.map((r) => r.sent_at), limit, MINUTE_MS, ctx.now);
    if (!until) return false;
    deliveryAttempts.inc({ channel: delivery.channel, outcome: 'rate-limited' });
    await ctx.manager.getRepository(DeliveryEntity).update(delivery.id, { lastError: `RATE_LIMITED: ${limit} messages a minute to the ${delivery.channel} robot; waits until ${until.toISOString()}` });
    await this.timers.deferAttempt(ctx.manager, delivery.id, delivery.attempts + 1, until);
    return true;
  }

  /** The SMS template's variables in order (the delivery keeps their values, whose key order the database does not). */
  private async paramOrder(ctx: TimerContext, templateId: string | null): Promise<string[]> {
    if (!templateId) return [];
    return (await ctx.manager.getRepository(NotificationTemplateEntity).findOne({ where: { id: templateId }, select: { id: true, smsParams: true } }))?.smsParams ?? [];
  }

  @OnTimer(DELIVERY_ATTEMPT_TIMER)
  async fire(timer: DueTimer, ctx: TimerContext): Promise<void> {
    const { deliveryId } = timer.payload as unknown as DeliveryAttemptPayload;
    const repo = ctx.manager.getRepository(DeliveryEntity);
    const delivery = await repo.findOne({ where: { id: deliveryId }, lock: { mode: 'pessimistic_write' } });
    if (!delivery || delivery.status !== 'queued') return;
    if (delivery.channel === 'sms' && !isCritical(delivery) && (await this.waitForRateLimit(delivery, ctx))) return;
    if ((delivery.channel === 'dingtalk' || delivery.channel === 'wecom') && (await this.waitForRobot(delivery, ctx))) return;
    const notice = {
      deliveryId: delivery.id,
      address: delivery.address ?? '',
      subject: delivery.subject,
      body: delivery.body,
      smsTemplateCode: delivery.smsTemplateCode,
      smsParams: delivery.smsParams ?? {},
      smsParamOrder: delivery.channel === 'sms' ? await this.paramOrder(ctx, delivery.templateId) : [],
    };
    const outcome: SendOutcome = await this.channel(delivery.channel).send(notice);
    const attempts = delivery.attempts + 1;
    if (outcome.ok) {
      deliveryAttempts.inc({ channel: delivery.channel, outcome: 'sent' });
      await repo.update(delivery.id, { status: 'sent', attempts, sentAt: ctx.now, providerRef: outcome.providerRef, lastError: null });
      return;
    }
    if (outcome.retryable) {
      deliveryAttempts.inc({ channel: delivery.channel, outcome: 'retry' });
      if (isStalled(attempts, this.rules.maxAttempts)) {
        deliveryAttempts.inc({ channel: delivery.channel, outcome: 'waiting-for-provider' });
        this.logger.warn(`delivery ${delivery.id} (${delivery.channel}) has failed ${attempts} times and keeps waiting for its provider: ${outcome.reason}`);
      }
      await repo.update(delivery.id, { attempts, lastError: outcome.reason });
      await this.timers.scheduleAttempt(ctx.manager, delivery.id, attempts + 1, new Date(ctx.now.getTime() + retryDelayMs(attempts, this.rules.retryBaseMs, this.rules.retryMaxMs)));
      return;
    }
    const reason = `PERMANENT: ${outcome.reason}`;
    deliveryAttempts.inc({ channel: delivery.channel, outcome: 'failed' });
    this.logger.warn(`delivery ${delivery.id} (${delivery.channel}) failed: ${reason}`);
    await repo.update(delivery.id, { status: 'failed', attempts, failedAt: ctx.now, lastError: reason });
  }
}
