import { Module } from '@nestjs/common';
import { ServiceDefaultsModule } from '@aftersales/platform-service-defaults';
import { EntitlementsModule } from './entitlements/entitlements.module';
import { InstalledBaseModule } from './installed-base/installed-base.module';
import { PaidServiceModule } from './paid-service/paid-service.module';
import { ServiceContractsModule } from './service-contracts/service-contracts.module';
import { warrantyService } from './warranty.service-definition';

@Module({ imports: [ServiceDefaultsModule.forRoot(warrantyService), InstalledBaseModule, ServiceContractsModule, EntitlementsModule, PaidServiceModule] })
export class AppModule {}
