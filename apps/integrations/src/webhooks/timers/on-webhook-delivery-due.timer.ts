import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { WebhookEndpointDisabledV1 } from '@aftersales/contracts-integrations';
import { OutboxService } from '@aftersales/platform-messaging';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { DueTimer, OnTimer, TimerContext } from '@aftersales/platform-timers';
import { webhookTimeoutMs } from '../../config/integrations.config';
import { afterAttempt } from '../domain/endpoint-health';
import { classifyResponse, nextRetryDelayMs } from '../domain/retry-schedule';
import { WebhookDeliveryEntity } from '../infrastructure/webhook.entity';
import { webhookAttempts, webhookDeliveryLatency } from '../infrastructure/webhook-metrics';
import { WebhookRepository } from '../infrastructure/webhook.repository';
import { postSigned } from '../infrastructure/webhook-sender';
import { endpointDisabledData } from '../integration/webhook-endpoint-disabled.mapping';
import { WEBHOOK_DELIVERY_TIMER, WebhookDeliveryTimers } from './webhook-delivery.timers';

/**
 * R-IG-4..6: one attempt of one delivery. The attempt, the endpoint's health and the next timer commit together
 * with the firing; a crash after the POST sends it again with the same webhook-id, which receivers dedupe.
 */
@Injectable()
export class OnWebhookDeliveryDueTimer {
  constructor(
    private readonly webhooks: WebhookRepository,
    private readonly deliveryTimers: WebhookDeliveryTimers,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  @OnTimer(WEBHOOK_DELIVERY_TIMER)
  async attempt(timer: DueTimer, { manager: m, now }: TimerContext): Promise<void> {
    const delivery = await this.webhooks.deliveryForUpdate(m, String(timer.payload.deliveryId));
    if (!delivery || delivery.status !== 'pending') return;
    const endpoint = await this.webhooks.endpointById(m, delivery.endpointId);
    // A disabled endpoint keeps its deliveries pending; enabling it again sends them.
    if (!endpoint || endpoint.status !== 'enabled') return;
    if (!(await this.webhooks.integratorActive(m, endpoint.integratorId))) return;

    const result = await postSigned({ url: endpoint.url, secret: endpoint.secret, messageId: delivery.eventId, body: delivery.body, timeoutMs: webhookTimeoutMs(this.config) });
    const outcome = classifyResponse(result.status);
    webhookAttempts.inc({ outcome });
    delivery.attempts += 1;
    delivery.lastStatus = result.status ?? null;
    await this.webhooks.recordAttempt(m, { delivery, at: now, statusCode: result.status ?? null, error: result.error ?? null, latencyMs: result.latencyMs });

    const locked = await this.webhooks.endpointForUpdate(m, endpoint.id);
    if (locked) {
      const health = afterAttempt(locked, outcome, now);
      if (health.status !== locked.status || health.failingSince?.getTime() !== locked.failingSince?.getTime()) {
        locked.status = health.status;
        locked.failingSince = health.failingSince;
        if (health.disabled) {
          locked.disabledAt = now;
          locked.disabledReason = health.disabled;
          locked.version += 1;
          await this.outbox.append(m, WebhookEndpointDisabledV1, { aggregateId: locked.id, sequence: locked.version, data: endpointDisabledData(locked, health.disabled, now) });
        }
        await this.webhooks.saveEndpoint(m, locked);
      }
    }

    if (outcome === 'delivered') {
      delivery.status = 'delivered';
      delivery.deliveredAt = now;
      if (delivery.replay === 0) webhookDeliveryLatency.observe(Math.max(0, (Date.now() - delivery.eventTime.getTime()) / 1000));
      await this.finish(m, delivery, now);
      return;
    }
    if (outcome === 'gone') {
      await this.webhooks.saveDelivery(m, delivery);
      return;
    }
    const delay = nextRetryDelayMs(delivery.attempts, result.retryAfterMs);
    if (delay === undefined) {
      delivery.status = 'failed';
      await this.finish(m, delivery, now);
      return;
    }
    await this.webhooks.saveDelivery(m, delivery);
    await this.deliveryTimers.scheduleAttempt(m, delivery, new Date(now.getTime() + delay));
  }

  /** A finished delivery lets the next one of its aggregate go, on an endpoint that keeps order (R-IG-4). */
  private async finish(m: EntityManager, delivery: WebhookDeliveryEntity, now: Date): Promise<void> {
    await this.webhooks.saveDelivery(m, delivery);
    const next = await this.webhooks.nextWaiting(m, delivery.endpointId, delivery.aggregateId);
    if (!next) return;
    next.status = 'pending';
    await this.webhooks.saveDelivery(m, next);
    await this.deliveryTimers.scheduleAttempt(m, next, now);
  }
}
