import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { ReservationView, toReservationView } from '../../stock.view';
import { StockReservations } from '../stock-reservations';
import { HoldForContractRequest } from './hold-for-contract.request';

/** R-RMA-5: critical spares held per service contract, a reservation only that contract's cases may draw on. */
@Injectable()
export class HoldForContractCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly reservations: StockReservations,
  ) {}

  execute(request: HoldForContractRequest, user: AuthUser, key?: string): Promise<IdempotentResult<ReservationView>> {
    return this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key, scope: `hold-for-contract:${user.sub}`, request }, async () => {
        const r = await this.reservations.hold(m, {
          partNumber: request.partNumber,
          quantity: request.quantity,
          warehouseCode: request.warehouseCode,
          contractId: request.contractId,
          reference: request.reference ?? `contract ${request.contractId}`,
          actor: user.sub,
        });
        return { status: 201, body: toReservationView(r) };
      }),
    );
  }
}
