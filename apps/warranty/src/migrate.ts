import { migrateCommand } from '@aftersales/platform-service-defaults';
import { warrantyService } from './warranty.service-definition';

migrateCommand(warrantyService);
