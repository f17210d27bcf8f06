import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { EndpointAccess } from '../../infrastructure/endpoint-access';
import { WebhookRepository } from '../../infrastructure/webhook.repository';
import { WebhookDeliveryTimers } from '../../timers/webhook-delivery.timers';
import { EndpointView, toEndpointView } from '../../webhook.view';
import { endpointAlreadyEnabled } from '../../webhook.errors';

/** R-IG-6: an endpoint disabled after failing comes back when its owner (or an admin) says it is fixed; what waited is sent. */
@Injectable()
export class EnableEndpointCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EndpointAccess,
    private readonly webhooks: WebhookRepository,
    private readonly deliveryTimers: WebhookDeliveryTimers,
    private readonly clock: Clock,
  ) {}

  execute(id: string, user: AuthUser): Promise<EndpointView> {
    return this.dataSource.transaction(async (m) => {
      const endpoint = await this.access.visible(user, id, m, true);
      if (endpoint.status === 'enabled') throw endpointAlreadyEnabled(id);
      endpoint.status = 'enabled';
      endpoint.failingSince = null;
      endpoint.disabledAt = null;
      endpoint.disabledReason = null;
      endpoint.version += 1;
      await this.webhooks.saveEndpoint(m, endpoint);
      const now = this.clock.now();
      for (const delivery of await this.webhooks.pendingOf(m, endpoint.id)) await this.deliveryTimers.scheduleAttempt(m, delivery, now);
      return toEndpointView(endpoint);
    });
  }
}
