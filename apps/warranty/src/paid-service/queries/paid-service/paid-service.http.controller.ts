import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '@aftersales/platform-service-defaults';
import { PriceListEntity, QuoteEntity, WarrantyClaimEntity } from '../../infrastructure/paid-service.entities';
import { claimNotFound, priceListNotFound, quoteNotFound } from '../../paid-service.errors';
import { ClaimResponse, ClaimView, PriceListResponse, PriceListView, QuoteResponse, QuoteView, toClaimView, toPriceListView, toQuoteView } from '../../paid-service.view';

@ApiTags('paid service')
@Controller('v1')
export class PaidServiceHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('price-lists/:code')
  @Roles('admin', 'agent', 'engineer', 'manager')
  @ApiOperation({ summary: 'One price list' })
  @ApiOkResponse({ type: PriceListResponse.Output })
  async priceList(@Param('code') code: string): Promise<PriceListView> {
    const found = await this.dataSource.getRepository(PriceListEntity).findOneBy({ code });
    if (!found) throw priceListNotFound(code);
    return toPriceListView(found);
  }

  @Get('quotes/:id')
  @Roles('admin', 'agent', 'engineer', 'manager')
  @ApiOperation({ summary: 'One quote with its lines, deductions and explanation' })
  @ApiOkResponse({ type: QuoteResponse.Output })
  async quote(@Param('id', new ParseUUIDPipe()) id: string): Promise<QuoteView> {
    const found = await this.dataSource.getRepository(QuoteEntity).findOneBy({ id });
    if (!found) throw quoteNotFound(id);
    return toQuoteView(found);
  }

  @Get('warranty-claims/:id')
  @Roles('admin', 'engineer', 'manager')
  @ApiOperation({ summary: 'One warranty claim' })
  @ApiOkResponse({ type: ClaimResponse.Output })
  async claim(@Param('id', new ParseUUIDPipe()) id: string): Promise<ClaimView> {
    const found = await this.dataSource.getRepository(WarrantyClaimEntity).findOneBy({ id });
    if (!found) throw claimNotFound(id);
    return toClaimView(found);
  }
}
