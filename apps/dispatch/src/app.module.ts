import { Module } from '@nestjs/common';
import { ServiceDefaultsModule } from '@aftersales/platform-service-defaults';
import { dispatchService } from './dispatch.service-definition';
import { EngineersModule } from './engineers/engineers.module';
import { OrganisationModule } from './organisation/organisation.module';
import { VisitsModule } from './visits/visits.module';
import { AppointmentsModule } from './appointments/appointments.module';
import { RemoteSessionsModule } from './remote-sessions/remote-sessions.module';
import { WorkOrdersModule } from './work-orders/work-orders.module';

@Module({ imports: [ServiceDefaultsModule.forRoot(dispatchService), OrganisationModule, EngineersModule, WorkOrdersModule, VisitsModule, AppointmentsModule, RemoteSessionsModule] })
export class AppModule {}
