import './tracing';
import { bootstrapService } from '@aftersales/platform-service-defaults';
import { AppModule } from './app.module';
import { intakeService } from './intake.service-definition';

void bootstrapService(AppModule, intakeService);
