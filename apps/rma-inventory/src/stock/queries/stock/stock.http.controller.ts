import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { StockQuery } from './stock.query';
import { LedgerRequest, StockRequest } from './stock.request';

@ApiTags('stock')
@Controller('v1/stock')
export class StockHttpController {
  constructor(private readonly query: StockQuery) {}

  @Get()
  @Roles('rma-admin', 'engineer', 'manager', 'admin', 'agent')
  @ApiOperation({ summary: 'Stock on hand, reserved and available per warehouse and part; below the minimum is a shortage (R-RMA-5)' })
  levels(@Query() q: StockRequest) {
    return this.query.levels(q);
  }

  @Get('ledger')
  @Roles('rma-admin', 'manager', 'admin')
  @ApiOperation({ summary: 'Stock movements, newest first, cursor pagination' })
  ledger(@Query() q: LedgerRequest) {
    return this.query.ledger(q);
  }
}
