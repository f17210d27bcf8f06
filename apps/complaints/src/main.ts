import './tracing';
import { bootstrapService } from '@aftersales/platform-service-defaults';
import { AppModule } from './app.module';
import { complaintsService } from './complaints.service-definition';

void bootstrapService(AppModule, complaintsService);
