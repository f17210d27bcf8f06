import { migrateCommand } from '@aftersales/platform-service-defaults';
import { dispatchService } from './dispatch.service-definition';

migrateCommand(dispatchService);
