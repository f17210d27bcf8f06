import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DurableTimers } from '@aftersales/platform-timers';

/** The kind stored with every pending delivery attempt: never rename it. */
export const WEBHOOK_DELIVERY_TIMER = 'webhook-delivery';

/** R-IG-5: each attempt of a delivery is a durable timer, so retries survive restarts for the whole schedule. */
@Injectable()
export class WebhookDeliveryTimers {
  constructor(private readonly timers: DurableTimers) {}

  scheduleAttempt(m: EntityManager, delivery: { id: string; attempts: number }, fireAt: Date): Promise<void> {
    return this.timers.schedule(m, { key: `webhook:${delivery.id}:${delivery.attempts + 1}`, kind: WEBHOOK_DELIVERY_TIMER, fireAt, payload: { deliveryId: delivery.id } });
  }
}
