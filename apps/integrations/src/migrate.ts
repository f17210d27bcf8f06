import { migrateCommand } from '@aftersales/platform-service-defaults';
import { integrationsService } from './integrations.service-definition';

migrateCommand(integrationsService);
