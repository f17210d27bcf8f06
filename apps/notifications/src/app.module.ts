import { Module } from '@nestjs/common';
import { ServiceDefaultsModule } from '@aftersales/platform-service-defaults';
import { DeliveriesModule } from './deliveries/deliveries.module';
import { DirectoryModule } from './directory/directory.module';
import { notificationsService } from './notifications.service-definition';

@Module({ imports: [ServiceDefaultsModule.forRoot(notificationsService), DirectoryModule, DeliveriesModule] })
export class AppModule {}
