import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { TransfersQuery } from './transfers.query';
import { TransfersRequest } from './transfers.request';

@ApiTags('stock')
@Controller('v1/stock/transfers')
export class TransfersHttpController {
  constructor(private readonly query: TransfersQuery) {}

  @Get()
  @Roles('rma-admin', 'engineer', 'manager', 'admin')
  @ApiOperation({ summary: 'Transfers between warehouses, newest first, cursor pagination; in transit until received' })
  @ApiOkResponse({ description: 'A page of transfers' })
  list(@Query() q: TransfersRequest) {
    return this.query.list(q);
  }

  @Get(':id')
  @Roles('rma-admin', 'engineer', 'manager', 'admin')
  @ApiOperation({ summary: 'One transfer' })
  @ApiOkResponse({ description: 'The transfer' })
  @ApiProblems({ 400: 'An invalid id', 404: 'RMA.TRANSFER_NOT_FOUND' })
  one(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.query.one(id);
  }
}
