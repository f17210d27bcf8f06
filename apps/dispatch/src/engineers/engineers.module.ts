import { Module } from '@nestjs/common';
import { WorkOrdersModule } from '../work-orders/work-orders.module';
import { PutEngineerHttpController } from './commands/put-engineer/put-engineer.http.controller';
import { ListEngineersHttpController } from './queries/list-engineers/list-engineers.http.controller';

@Module({ imports: [WorkOrdersModule], controllers: [PutEngineerHttpController, ListEngineersHttpController] })
export class EngineersModule {}
