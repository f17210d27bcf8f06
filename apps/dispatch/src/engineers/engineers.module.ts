import { Module } from '@nestjs/common';
import { WorkOrdersModule } from '../work-orders/work-orders.module';
import { PutEngineerCommand } from './commands/put-engineer/put-engineer.command';
import { PutEngineerHttpController } from './commands/put-engineer/put-engineer.http.controller';
import { GetEngineerHttpController } from './queries/get-engineer/get-engineer.http.controller';
import { GetEngineerQuery } from './queries/get-engineer/get-engineer.query';
import { ListEngineersHttpController } from './queries/list-engineers/list-engineers.http.controller';
import { ListEngineersQuery } from './queries/list-engineers/list-engineers.query';
import { HandoverTimers } from './timers/handover.timers';
import { OnHandoverDueTimer } from './timers/on-handover-due.timer';

@Module({
  imports: [WorkOrdersModule],
  controllers: [PutEngineerHttpController, ListEngineersHttpController, GetEngineerHttpController],
  providers: [PutEngineerCommand, ListEngineersQuery, GetEngineerQuery, HandoverTimers, OnHandoverDueTimer],
})
export class EngineersModule {}
