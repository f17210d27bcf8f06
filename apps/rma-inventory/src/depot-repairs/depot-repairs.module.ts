import { Module } from '@nestjs/common';
import { StockModule } from '../stock/stock.module';
import { ReceiveAtDepotCommand } from './commands/receive-at-depot/receive-at-depot.command';
import { ReceiveAtDepotHttpController } from './commands/receive-at-depot/receive-at-depot.http.controller';
import { RecordDepotStepCommand } from './commands/record-depot-step/record-depot-step.command';
import { RecordDepotStepHttpController } from './commands/record-depot-step/record-depot-step.http.controller';
import { DepotRepairsHttpController } from './queries/depot-repairs/depot-repairs.http.controller';
import { DepotRepairsQuery } from './queries/depot-repairs/depot-repairs.query';
import { DepotTurnaroundTimers } from './timers/depot-turnaround.timers';
import { OnDepotTurnaroundDueTimer } from './timers/on-depot-turnaround-due.timer';

/** Depot repair of carried-in and mailed-in units (R-RMA-6), with the exchange-repair turnaround (R-RMA-4). */
@Module({
  imports: [StockModule],
  controllers: [ReceiveAtDepotHttpController, RecordDepotStepHttpController, DepotRepairsHttpController],
  providers: [ReceiveAtDepotCommand, RecordDepotStepCommand, DepotRepairsQuery, DepotTurnaroundTimers, OnDepotTurnaroundDueTimer],
})
export class DepotRepairsModule {}
