import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { isUniqueViolation } from '../../../installed-base/installed-base.errors';
import { PriceListEntity } from '../../infrastructure/paid-service.entities';
import { priceListExists } from '../../paid-service.errors';
import { PriceListView, toPriceListView } from '../../paid-service.view';
import { RegisterPriceListRequest } from './register-price-list.request';

/** Labour rate, travel fee and part prices that paid service is quoted and warranty claims are priced on (R-DS-7). */
@Injectable()
export class RegisterPriceListCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
  ) {}

  async execute(request: RegisterPriceListRequest, user: AuthUser, key?: string): Promise<IdempotentResult<PriceListView>> {
    try {
      return await this.dataSource.transaction((m) =>
        this.idempotency.execute(m, { key, scope: `register-price-list:${user.sub}`, request }, async () => {
          const repo = m.getRepository(PriceListEntity);
          if (await repo.existsBy({ code: request.code })) throw priceListExists(request.code);
          const list = repo.create({
            id: uuidv7(),
            code: request.code,
            currency: request.currency,
            labourRatePerHourMinor: request.labourRatePerHourMinor,
            travelFeeMinor: request.travelFeeMinor,
            parts: Object.fromEntries(request.parts.map((p) => [p.partNumber, p.unitPriceMinor])),
            createdAt: new Date(),
          });
          await repo.insert(list);
          return { status: 201, body: toPriceListView(list) };
        }),
      );
    } catch (error) {
      throw isUniqueViolation(error) ? priceListExists(request.code) : error;
    }
  }
}
