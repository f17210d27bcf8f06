import { Module } from '@nestjs/common';
import { ServiceDefaultsModule } from '@aftersales/platform-service-defaults';
import { rmaInventoryService } from './rma-inventory.service-definition';
import { StockModule } from './stock/stock.module';

@Module({ imports: [ServiceDefaultsModule.forRoot(rmaInventoryService), StockModule] })
export class AppModule {}
