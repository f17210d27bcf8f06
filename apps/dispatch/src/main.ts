import './tracing';
import { bootstrapService } from '@aftersales/platform-service-defaults';
import { AppModule } from './app.module';
import { dispatchService } from './dispatch.service-definition';

void bootstrapService(AppModule, dispatchService);
