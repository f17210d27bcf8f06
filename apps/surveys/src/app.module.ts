import { Module } from '@nestjs/common';
import { ServiceDefaultsModule } from '@aftersales/platform-service-defaults';
import { surveysService } from './surveys.service-definition';
import { SurveysModule } from './surveys/surveys.module';
import { KpisModule } from './kpis/kpis.module';

@Module({
  imports: [
    ServiceDefaultsModule.forRoot(surveysService),
    SurveysModule,
    KpisModule,
  ],
})
export class AppModule {}
