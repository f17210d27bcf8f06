import { Module } from '@nestjs/common';
import { ServiceDefaultsModule } from '@aftersales/platform-service-defaults';
import { rmaInventoryService } from './rma-inventory.service-definition';
import { DepotRepairsModule } from './depot-repairs/depot-repairs.module';
import { RmasModule } from './rmas/rmas.module';
import { StockModule } from './stock/stock.module';

@Module({ imports: [ServiceDefaultsModule.forRoot(rmaInventoryService), StockModule, RmasModule, DepotRepairsModule] })
export class AppModule {}
