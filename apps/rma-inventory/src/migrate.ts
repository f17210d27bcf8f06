import { migrateCommand } from '@aftersales/platform-service-defaults';
import { rmaInventoryService } from './rma-inventory.service-definition';

migrateCommand(rmaInventoryService);
