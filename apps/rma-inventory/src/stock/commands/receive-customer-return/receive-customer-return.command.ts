import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { StockReservations } from '../stock-reservations';
import { ReceiveCustomerReturnRequest } from './receive-customer-return.request';

/** A part back from a customer, booked in at a warehouse (R-RMA-3, R-RMA-5). */
@Injectable()
export class ReceiveCustomerReturnCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly reservations: StockReservations,
  ) {}

  execute(request: ReceiveCustomerReturnRequest, user: AuthUser, key?: string): Promise<IdempotentResult<{ returnId: string; onHandAfter: number }>> {
    return this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key, scope: `customer-return:${user.sub}`, request }, async () => ({
        status: 201,
        body: await this.reservations.receiveReturn(m, { ...request, actor: user.sub }),
      })),
    );
  }
}
