import './tracing';
import { bootstrapService } from '@aftersales/platform-service-defaults';
import { AppModule } from './app.module';
import { rmaInventoryService } from './rma-inventory.service-definition';

void bootstrapService(AppModule, rmaInventoryService);
