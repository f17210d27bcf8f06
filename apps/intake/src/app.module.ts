import { Module } from '@nestjs/common';
import { ServiceDefaultsModule } from '@aftersales/platform-service-defaults';
import { CasesModule } from './cases/cases.module';
import { CustomersModule } from './customers/customers.module';
import { intakeService } from './intake.service-definition';
import { SlaModule } from './sla/sla.module';

@Module({ imports: [ServiceDefaultsModule.forRoot(intakeService), SlaModule, CasesModule, CustomersModule] })
export class AppModule {}
