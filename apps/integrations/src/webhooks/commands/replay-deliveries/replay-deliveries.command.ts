import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { EndpointAccess } from '../../infrastructure/endpoint-access';
import { WebhookRepository } from '../../infrastructure/webhook.repository';
import { WebhookDeliveryTimers } from '../../timers/webhook-delivery.timers';
import { ReplayView } from '../../webhook.view';
import { nothingToReplay } from '../../webhook.errors';
import { ReplayDeliveriesRequest } from './replay-deliveries.request';

/**
 * R-IG-5: send one message, or every message of a time range, again: a new delivery per event with the same body
 * and webhook-id (receivers that already have it dedupe it), whatever became of the first one. At most 10,000 at a time.
 */
@Injectable()
export class ReplayDeliveriesCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EndpointAccess,
    private readonly webhooks: WebhookRepository,
    private readonly deliveryTimers: WebhookDeliveryTimers,
    private readonly clock: Clock,
  ) {}

  execute(endpointId: string, request: ReplayDeliveriesRequest, user: AuthUser): Promise<ReplayView> {
    return this.dataSource.transaction(async (m) => {
      const endpoint = await this.access.visible(user, endpointId, m);
      const range = request.eventId
        ? { eventId: request.eventId }
        : { since: new Date(request.since as string), until: request.until ? new Date(request.until) : undefined };
      const originals = await this.webhooks.originals(m, endpoint.id, range);
      if (originals.length === 0) throw nothingToReplay();
      const now = this.clock.now();
      for (const original of originals) {
        const delivery = await this.webhooks.insertDelivery(m, {
          endpointId: endpoint.id,
          eventId: original.eventId,
          eventType: original.eventType,
          aggregateId: original.aggregateId,
          eventSequence: original.eventSequence,
          eventTime: original.eventTime,
          body: original.body,
          replay: await this.webhooks.nextReplayNumber(m, endpoint.id, original.eventId),
          status: 'pending',
          now,
        });
        if (delivery) await this.deliveryTimers.scheduleAttempt(m, delivery, now);
      }
      return { replayed: originals.length };
    });
  }
}
