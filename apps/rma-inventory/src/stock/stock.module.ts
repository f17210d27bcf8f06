import { Module } from '@nestjs/common';
import { StockLedger } from './infrastructure/stock-ledger';
import { OnWorkOrderCompletedHandler } from './integration/on-work-order-completed.handler';
import { StockHttpController } from './queries/stock/stock.http.controller';
import { StockQuery } from './queries/stock/stock.query';

@Module({ controllers: [StockHttpController], providers: [StockLedger, StockQuery, OnWorkOrderCompletedHandler] })
export class StockModule {}
