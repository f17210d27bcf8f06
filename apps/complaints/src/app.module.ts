import { Module } from '@nestjs/common';
import { ServiceDefaultsModule } from '@aftersales/platform-service-defaults';
import { complaintsService } from './complaints.service-definition';
import { ComplaintsModule } from './complaints/complaints.module';

@Module({ imports: [ServiceDefaultsModule.forRoot(complaintsService), ComplaintsModule] })
export class AppModule {}
