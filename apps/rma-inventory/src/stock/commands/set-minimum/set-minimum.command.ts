import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { StockMinimumSetV1 } from '@aftersales/contracts-rma-inventory';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { catalogueParts, openWarehouse } from '../../infrastructure/lookups';
import { StockLedger } from '../../infrastructure/stock-ledger';
import { minimumSetData } from '../../integration/stock-movement.mapping';
import { SetMinimumRequest } from './set-minimum.request';

/** R-RMA-5: managers keep enough of each kind; the minimum says how much is enough in this warehouse. */
@Injectable()
export class SetMinimumCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: StockLedger,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  execute(warehouseCode: string, partNumber: string, request: SetMinimumRequest, user: AuthUser) {
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      await openWarehouse(m, warehouseCode);
      await catalogueParts(m, [partNumber]);
      const after = await this.ledger.setMinimum(m, { warehouseCode, partNumber, minimum: request.minimum, at: now });
      await this.outbox.append(m, StockMinimumSetV1, { aggregateId: `${warehouseCode}/${partNumber}`, sequence: after.version, data: minimumSetData(warehouseCode, partNumber, request.minimum, user.sub, now) });
      return { warehouseCode, partNumber, onHand: after.onHand, reserved: after.reserved, available: after.available, minimum: after.minLevel, shortage: after.available < after.minLevel };
    });
  }
}
