import { Module } from '@nestjs/common';
import { ServiceDefaultsModule } from '@aftersales/platform-service-defaults';
import { CasesModule } from './cases/cases.module';
import { intakeService } from './intake.service-definition';

@Module({ imports: [ServiceDefaultsModule.forRoot(intakeService), CasesModule] })
export class AppModule {}
