import { Module } from '@nestjs/common';
import { ServiceDefaultsModule } from '@aftersales/platform-service-defaults';
import { dispatchService } from './dispatch.service-definition';
import { WorkOrdersModule } from './work-orders/work-orders.module';

@Module({ imports: [ServiceDefaultsModule.forRoot(dispatchService), WorkOrdersModule] })
export class AppModule {}
