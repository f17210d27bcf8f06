import { Module } from '@nestjs/common';
import { ServiceDefaultsModule } from '@aftersales/platform-service-defaults';
import { surveysService } from './surveys.service-definition';
import { SurveysModule } from './surveys/surveys.module';

@Module({ imports: [ServiceDefaultsModule.forRoot(surveysService), SurveysModule] })
export class AppModule {}
