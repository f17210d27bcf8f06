import './tracing';
import { bootstrapService } from '@aftersales/platform-service-defaults';
import { AppModule } from './app.module';
import { surveysService } from './surveys.service-definition';

void bootstrapService(AppModule, surveysService);
