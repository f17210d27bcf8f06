import { Module } from '@nestjs/common';
import { WorkOrdersModule } from '../work-orders/work-orders.module';
import { RecordVisitHttpController } from './commands/record-visit/record-visit.http.controller';

@Module({ imports: [WorkOrdersModule], controllers: [RecordVisitHttpController] })
export class VisitsModule {}
