import { migrateCommand } from '@aftersales/platform-service-defaults';
import { notificationsService } from './notifications.service-definition';

migrateCommand(notificationsService);
