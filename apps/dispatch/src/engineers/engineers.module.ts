import { Module } from '@nestjs/common';
import { WorkOrdersModule } from '../work-orders/work-orders.module';
import { PutEngineerCommand } from './commands/put-engineer/put-engineer.command';
import { PutEngineerHttpController } from './commands/put-engineer/put-engineer.http.controller';
import { GetEngineerHttpController } from './queries/get-engineer/get-engineer.http.controller';
import { ListEngineersHttpController } from './queries/list-engineers/list-engineers.http.controller';

@Module({ imports: [WorkOrdersModule], controllers: [PutEngineerHttpController, ListEngineersHttpController, GetEngineerHttpController], providers: [PutEngineerCommand] })
export class EngineersModule {}
