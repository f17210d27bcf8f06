import { Module } from '@nestjs/common';
import { StockReservations } from './commands/stock-reservations';
import { SerialUnits } from './infrastructure/serial-units';
import { StockLedger } from './infrastructure/stock-ledger';
import { OnWorkOrderCompletedHandler } from './integration/on-work-order-completed.handler';
import { StockHttpController } from './queries/stock/stock.http.controller';
import { StockQuery } from './queries/stock/stock.query';

/** Parts, warehouses and the stock ledger (R-RMA-5). Exports StockReservations for the RMA flows of this service. */
@Module({
  controllers: [StockHttpController],
  providers: [StockLedger, SerialUnits, StockReservations, StockQuery, OnWorkOrderCompletedHandler],
  exports: [StockReservations, StockLedger],
})
export class StockModule {}
