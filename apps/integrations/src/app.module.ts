import { Module } from '@nestjs/common';
import { ServiceDefaultsModule } from '@aftersales/platform-service-defaults';
import { integrationsService } from './integrations.service-definition';
import { IntegratorsModule } from './integrators/integrators.module';
import { WebhooksModule } from './webhooks/webhooks.module';

@Module({ imports: [ServiceDefaultsModule.forRoot(integrationsService), IntegratorsModule, WebhooksModule] })
export class AppModule {}
