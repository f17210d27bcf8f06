import { Module } from '@nestjs/common';
import { IntegratorRepository } from '../integrators/infrastructure/integrator.repository';
import { CreateEndpointCommand } from './commands/create-endpoint/create-endpoint.command';
import { CreateEndpointHttpController } from './commands/create-endpoint/create-endpoint.http.controller';
import { EnableEndpointCommand } from './commands/enable-endpoint/enable-endpoint.command';
import { EnableEndpointHttpController } from './commands/enable-endpoint/enable-endpoint.http.controller';
import { ReplayDeliveriesCommand } from './commands/replay-deliveries/replay-deliveries.command';
import { ReplayDeliveriesHttpController } from './commands/replay-deliveries/replay-deliveries.http.controller';
import { EndpointAccess } from './infrastructure/endpoint-access';
import { WebhookMetrics } from './infrastructure/webhook-metrics';
import { WebhookRepository } from './infrastructure/webhook.repository';
import { OnPlatformEventHandler } from './integration/on-platform-event.handler';
import { GetEndpointHttpController } from './queries/get-endpoint/get-endpoint.http.controller';
import { GetEndpointQuery } from './queries/get-endpoint/get-endpoint.query';
import { ListAttemptsHttpController } from './queries/list-attempts/list-attempts.http.controller';
import { ListAttemptsQuery } from './queries/list-attempts/list-attempts.query';
import { ListEndpointsHttpController } from './queries/list-endpoints/list-endpoints.http.controller';
import { ListEndpointsQuery } from './queries/list-endpoints/list-endpoints.query';
import { OnWebhookDeliveryDueTimer } from './timers/on-webhook-delivery-due.timer';
import { WebhookDeliveryTimers } from './timers/webhook-delivery.timers';

@Module({
  controllers: [
    CreateEndpointHttpController,
    EnableEndpointHttpController,
    ReplayDeliveriesHttpController,
    ListEndpointsHttpController,
    GetEndpointHttpController,
    ListAttemptsHttpController,
  ],
  providers: [
    IntegratorRepository,
    WebhookRepository,
    EndpointAccess,
    WebhookMetrics,
    WebhookDeliveryTimers,
    OnPlatformEventHandler,
    OnWebhookDeliveryDueTimer,
    CreateEndpointCommand,
    EnableEndpointCommand,
    ReplayDeliveriesCommand,
    ListEndpointsQuery,
    GetEndpointQuery,
    ListAttemptsQuery,
  ],
})
export class WebhooksModule {}
