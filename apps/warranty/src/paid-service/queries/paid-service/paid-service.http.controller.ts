import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { ClaimResponse, ClaimView, PriceListResponse, PriceListView, QuoteResponse, QuoteView } from '../../paid-service.view';
import { PaidServiceQuery } from './paid-service.query';

@ApiTags('paid service')
@Controller('v1')
export class PaidServiceHttpController {
  constructor(private readonly query: PaidServiceQuery) {}

  @Get('price-lists/:code')
  @Roles('admin', 'agent', 'engineer', 'manager')
  @ApiOperation({ summary: 'One price list' })
  @ApiOkResponse({ type: PriceListResponse.Output })
  priceList(@Param('code') code: string): Promise<PriceListView> {
    return this.query.priceList(code);
  }

  @Get('quotes/:id')
  @Roles('admin', 'agent', 'engineer', 'manager')
  @ApiOperation({ summary: 'One quote with its lines, deductions and explanation' })
  @ApiOkResponse({ type: QuoteResponse.Output })
  quote(@Param('id', new ParseUUIDPipe()) id: string): Promise<QuoteView> {
    return this.query.quote(id);
  }

  @Get('warranty-claims/:id')
  @Roles('admin', 'engineer', 'manager')
  @ApiOperation({ summary: 'One warranty claim' })
  @ApiOkResponse({ type: ClaimResponse.Output })
  claim(@Param('id', new ParseUUIDPipe()) id: string): Promise<ClaimView> {
    return this.query.claim(id);
  }
}
