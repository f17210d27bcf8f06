import './tracing';
import { bootstrapService } from '@aftersales/platform-service-defaults';
import { AppModule } from './app.module';
import { warrantyService } from './warranty.service-definition';

void bootstrapService(AppModule, warrantyService);
