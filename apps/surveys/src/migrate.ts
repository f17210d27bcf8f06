import { migrateCommand } from '@aftersales/platform-service-defaults';
import { surveysService } from './surveys.service-definition';

migrateCommand(surveysService);
