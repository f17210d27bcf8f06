import './tracing';
import { bootstrapService } from '@aftersales/platform-service-defaults';
import { AppModule } from './app.module';
import { integrationsService } from './integrations.service-definition';

void bootstrapService(AppModule, integrationsService);
