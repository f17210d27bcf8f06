import { ServiceDefinition } from '@aftersales/platform-service-defaults';
import { integrationsConfigSchema } from './config/integrations.config';
import { IntegratorEntity } from './integrators/infrastructure/integrator.entity';
import { CreateIntegrators1732320008000 } from './migrations/1732320008000-create-integrators';
import { CreateWebhooks1732320008100 } from './migrations/1732320008100-create-webhooks';
import { WebhookAttemptEntity, WebhookDeliveryEntity, WebhookEndpointEntity } from './webhooks/infrastructure/webhook.entity';

export const integrationsService: ServiceDefinition = {
  service: 'integrations',
  title: 'Integrations',
  description: 'Integrators (ERP, CRM, BI, SMS gateways) with scoped client credentials exchanged for short-lived tokens, and webhooks signed as Standard Webhooks (docs/domain.md R-IG-*, docs/integrators.md).',
  entities: [IntegratorEntity, WebhookEndpointEntity, WebhookDeliveryEntity, WebhookAttemptEntity],
  migrations: [CreateIntegrators1732320008000, CreateWebhooks1732320008100],
  configSchema: integrationsConfigSchema,
};
