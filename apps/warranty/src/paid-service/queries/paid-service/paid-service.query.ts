import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PriceListEntity, QuoteEntity, WarrantyClaimEntity } from '../../infrastructure/paid-service.entities';
import { claimNotFound, priceListNotFound, quoteNotFound } from '../../paid-service.errors';
import { ClaimView, PriceListView, QuoteView, toClaimView, toPriceListView, toQuoteView } from '../../paid-service.view';

/** Price lists, quotes and warranty claims, one at a time (R-DS-7). */
@Injectable()
export class PaidServiceQuery {
  constructor(private readonly dataSource: DataSource) {}

  async priceList(code: string): Promise<PriceListView> {
    const found = await this.dataSource.getRepository(PriceListEntity).findOneBy({ code });
    if (!found) throw priceListNotFound(code);
    return toPriceListView(found);
  }

  async quote(id: string): Promise<QuoteView> {
    const found = await this.dataSource.getRepository(QuoteEntity).findOneBy({ id });
    if (!found) throw quoteNotFound(id);
    return toQuoteView(found);
  }

  async claim(id: string): Promise<ClaimView> {
    const found = await this.dataSource.getRepository(WarrantyClaimEntity).findOneBy({ id });
    if (!found) throw claimNotFound(id);
    return toClaimView(found);
  }
}
