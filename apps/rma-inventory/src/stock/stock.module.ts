import { Module } from '@nestjs/common';
import { StockLedger } from './infrastructure/stock-ledger';
import { OnWorkOrderCompletedHandler } from './integration/on-work-order-completed.handler';
import { StockHttpController } from './queries/stock.http.controller';

@Module({ controllers: [StockHttpController], providers: [StockLedger, OnWorkOrderCompletedHandler] })
export class StockModule {}
