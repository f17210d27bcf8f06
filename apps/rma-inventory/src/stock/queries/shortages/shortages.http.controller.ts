import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { ShortagesQuery } from './shortages.query';
import { ShortagesRequest } from './shortages.request';

@ApiTags('stock')
@Controller('v1/stock/shortages')
export class ShortagesHttpController {
  constructor(private readonly query: ShortagesQuery) {}

  @Get()
  @Roles('rma-admin', 'manager', 'admin')
  @ApiOperation({ summary: 'The shortage report: parts below their minimum, by warehouse and part, with shortfall and stock in transit (R-RMA-5)' })
  @ApiOkResponse({ description: 'A page of shortages' })
  report(@Query() q: ShortagesRequest) {
    return this.query.report(q);
  }
}
