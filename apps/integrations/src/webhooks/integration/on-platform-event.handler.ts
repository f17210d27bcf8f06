import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { EventContext, OnStream } from '@aftersales/platform-messaging';
import { Clock } from '@aftersales/platform-timers';
import { mayRead } from '../../integrators/domain/subject-scope';
import { initialStatus } from '../domain/delivery-order';
import { WebhookRepository } from '../infrastructure/webhook.repository';
import { WebhookDeliveryTimers } from '../timers/webhook-delivery.timers';

/**
 * R-IG-4: every event of the platform's streams, one durable consumer per stream (one filter subject each, as NATS 2.9
 * allows), becomes one delivery per endpoint whose filters match, in the consumer's transaction: the inbox row and
 * the deliveries commit together, so each endpoint gets each event exactly once. Its first attempt is a timer due now.
 */
@Injectable()
export class OnPlatformEventHandler {
  constructor(
    private readonly webhooks: WebhookRepository,
    private readonly deliveryTimers: WebhookDeliveryTimers,
    private readonly clock: Clock,
  ) {}

  @OnStream('intake', { name: 'webhooks-intake' })
  intake(event: EventEnvelope, ctx: EventContext): Promise<void> {
    return this.fanOut(event, ctx);
  }

  @OnStream('dispatch', { name: 'webhooks-dispatch' })
  dispatch(event: EventEnvelope, ctx: EventContext): Promise<void> {
    return this.fanOut(event, ctx);
  }

  @OnStream('warranty', { name: 'webhooks-warranty' })
  warranty(event: EventEnvelope, ctx: EventContext): Promise<void> {
    return this.fanOut(event, ctx);
  }

  @OnStream('rma-inventory', { name: 'webhooks-rma' })
  rma(event: EventEnvelope, ctx: EventContext): Promise<void> {
    return this.fanOut(event, ctx);
  }

  @OnStream('complaints', { name: 'webhooks-complaints' })
  complaints(event: EventEnvelope, ctx: EventContext): Promise<void> {
    return this.fanOut(event, ctx);
  }

  @OnStream('surveys', { name: 'webhooks-surveys' })
  surveys(event: EventEnvelope, ctx: EventContext): Promise<void> {
    return this.fanOut(event, ctx);
  }

  private async fanOut(event: EventEnvelope, { manager: m }: EventContext): Promise<void> {
    const endpoints = (await this.webhooks.receivingEndpoints(m)).filter((e) => mayRead(e.subjects, event.type));
    if (endpoints.length === 0) return;
    // The bytes posted and signed: the envelope as the producer published it (id, type, time, subject, data...).
    const body = JSON.stringify(event);
    const now = this.clock.now();
    for (const endpoint of endpoints) {
      const status = initialStatus(endpoint.ordered, endpoint.ordered && (await this.webhooks.hasOpenDelivery(m, endpoint.id, event.subject)));
      const delivery = await this.webhooks.insertDelivery(m, {
        endpointId: endpoint.id,
        eventId: event.id,
        eventType: event.type,
        aggregateId: event.subject,
        eventSequence: event.sequence,
        eventTime: new Date(event.time),
        body,
        replay: 0,
        status,
        now,
      });
      if (delivery && status === 'pending') await this.deliveryTimers.scheduleAttempt(m, delivery, now);
    }
  }
}
