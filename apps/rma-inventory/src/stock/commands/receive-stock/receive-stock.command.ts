import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { StockReceivedV1, StockReceivedV1Data } from '@aftersales/contracts-rma-inventory';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { catalogueParts, openWarehouse } from '../../infrastructure/lookups';
import { SparePartEntity } from '../../infrastructure/stock.entities';
import { SerialUnits } from '../../infrastructure/serial-units';
import { StockLedger } from '../../infrastructure/stock-ledger';
import { stockReceivedData } from '../../integration/stock-movement.mapping';
import { ReceiveStockRequest } from './receive-stock.request';

/** Stock received from a supplier into a warehouse (R-RMA-5); serialised parts name each unit. */
@Injectable()
export class ReceiveStockCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly ledger: StockLedger,
    private readonly serials: SerialUnits,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  execute(request: ReceiveStockRequest, user: AuthUser, key?: string): Promise<IdempotentResult<StockReceivedV1Data>> {
    return this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key, scope: `receive-stock:${user.sub}`, request }, async () => {
        const now = this.clock.now();
        const warehouse = await openWarehouse(m, request.warehouseCode);
        const parts = await catalogueParts(m, request.lines.map((l) => l.partNumber));
        const receiptId = uuidv7();
        const reference = request.supplierReference ?? `receipt ${receiptId}`;
        const lines: StockReceivedV1Data['lines'] = [];
        for (const line of request.lines) {
          const part = parts.get(line.partNumber) as SparePartEntity;
          const serials = this.serials.checkSerials(part, line.quantity, line.serialNumbers);
          await this.serials.create(m, { serials, partNumber: part.partNumber, warehouseCode: warehouse.code, reference, actor: user.sub, at: now });
          const after = await this.ledger.move(m, {
            warehouseCode: warehouse.code,
            partNumber: part.partNumber,
            onHandDelta: line.quantity,
            reason: 'receipt',
            actor: user.sub,
            note: request.note ?? null,
            reference,
            at: now,
          });
          lines.push({ partNumber: part.partNumber, quantity: line.quantity, serialNumbers: serials, onHandAfter: after.onHand });
        }
        const data = stockReceivedData({ receiptId, warehouseCode: warehouse.code, supplierReference: request.supplierReference ?? null, lines, actor: user.sub, at: now });
        await this.outbox.append(m, StockReceivedV1, { aggregateId: receiptId, sequence: 1, data });
        return { status: 201, body: data };
      }),
    );
  }
}
