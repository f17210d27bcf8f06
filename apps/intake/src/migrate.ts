import { migrateCommand } from '@aftersales/platform-service-defaults';
import { intakeService } from './intake.service-definition';

migrateCommand(intakeService);
