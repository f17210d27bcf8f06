import { ServiceDefinition } from '@aftersales/platform-service-defaults';
import { integrationsConfigSchema } from './config/integrations.config';
import { IntegratorEntity } from './integrators/infrastructure/integrator.entity';
import { CreateIntegrators1732320008000 } from './migrations/1732320008000-create-integrators';

export const integrationsService: ServiceDefinition = {
  service: 'integrations',
  title: 'Integrations',
  description: 'Integrators (ERP, CRM, BI, SMS gateways) with scoped client credentials exchanged for short-lived tokens (docs/domain.md R-IG-*, docs/integrators.md).',
  entities: [IntegratorEntity],
  migrations: [CreateIntegrators1732320008000],
  configSchema: integrationsConfigSchema,
};
