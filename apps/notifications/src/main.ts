import './tracing';
import { bootstrapService } from '@aftersales/platform-service-defaults';
import { AppModule } from './app.module';
import { notificationsService } from './notifications.service-definition';

void bootstrapService(AppModule, notificationsService);
