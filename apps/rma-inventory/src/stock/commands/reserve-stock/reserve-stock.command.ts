import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { ReservationView, toReservationView } from '../../stock.view';
import { StockReservations } from '../stock-reservations';
import { ReserveStockRequest } from './reserve-stock.request';

/** Reserves a spare (or its best substitute) for a case, RMA or work order, over the API (R-RMA-2, R-RMA-5). */
@Injectable()
export class ReserveStockCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly reservations: StockReservations,
  ) {}

  execute(request: ReserveStockRequest, user: AuthUser, key?: string): Promise<IdempotentResult<ReservationView>> {
    return this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key, scope: `reserve-stock:${user.sub}`, request }, async () => {
        const r = await this.reservations.reserve(m, {
          partNumber: request.partNumber,
          quantity: request.quantity,
          warehouseCode: request.warehouseCode,
          nearTo: request.nearTo,
          forContractId: request.contractId ?? null,
          caseId: request.caseId ?? null,
          reference: request.reference,
          actor: user.sub,
          note: request.note,
          allowSubstitutes: request.allowSubstitutes,
        });
        return { status: 201, body: toReservationView(r) };
      }),
    );
  }
}
