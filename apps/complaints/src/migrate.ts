import { migrateCommand } from '@aftersales/platform-service-defaults';
import { complaintsService } from './complaints.service-definition';

migrateCommand(complaintsService);
