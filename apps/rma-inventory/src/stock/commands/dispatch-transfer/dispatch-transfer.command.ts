import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { StockTransferDispatchedV1 } from '@aftersales/contracts-rma-inventory';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { catalogueParts, openWarehouse } from '../../infrastructure/lookups';
import { SerialUnits } from '../../infrastructure/serial-units';
import { SparePartEntity, StockTransferEntity } from '../../infrastructure/stock.entities';
import { StockLedger } from '../../infrastructure/stock-ledger';
import { transferDispatchedData } from '../../integration/stock-movement.mapping';
import { transferToItself } from '../../stock.errors';
import { toTransferView, TransferView } from '../../stock.view';
import { DispatchTransferRequest } from './dispatch-transfer.request';

/**
 * Stock leaves one warehouse for another (R-RMA-5): off the sender's on hand at once (only what is available:
 * reserved stock stays), on nobody's until the receiver books it in; in transit meanwhile.
 */
@Injectable()
export class DispatchTransferCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly ledger: StockLedger,
    private readonly serials: SerialUnits,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  execute(request: DispatchTransferRequest, user: AuthUser, key?: string): Promise<IdempotentResult<TransferView>> {
    if (request.fromWarehouse === request.toWarehouse) throw transferToItself();
    return this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key, scope: `dispatch-transfer:${user.sub}`, request }, async () => {
        const now = this.clock.now();
        const from = await openWarehouse(m, request.fromWarehouse);
        const to = await openWarehouse(m, request.toWarehouse);
        const parts = await catalogueParts(
          m,
          request.lines.map((l) => l.partNumber),
          { allowInactive: true },
        );
        const transfer = m.getRepository(StockTransferEntity).create({
          id: uuidv7(),
          fromWarehouse: from.code,
          toWarehouse: to.code,
          status: 'in-transit',
          lines: [],
          note: request.note ?? null,
          dispatchedBy: user.sub,
          dispatchedAt: now,
          receivedBy: null,
          receivedAt: null,
        });
        const reference = `transfer ${from.code} to ${to.code}`;
        for (const line of request.lines) {
          const part = parts.get(line.partNumber) as SparePartEntity;
          const serials = this.serials.checkSerials(part, line.quantity, line.serialNumbers);
          await this.serials.move(m, {
            serials,
            partNumber: part.partNumber,
            from: { status: 'in-stock', warehouseCode: from.code, reservationId: null },
            to: { status: 'in-transit', warehouseCode: null },
            movement: `transfer-out to ${to.code}`,
            reference,
            actor: user.sub,
            at: now,
          });
          await this.ledger.move(m, {
            warehouseCode: from.code,
            partNumber: part.partNumber,
            onHandDelta: -line.quantity,
            reason: 'transfer-out',
            actor: user.sub,
            note: request.note ?? null,
            reference,
            transferId: transfer.id,
            at: now,
          });
          transfer.lines.push({ partNumber: part.partNumber, quantity: line.quantity, serialNumbers: serials });
        }
        await m.getRepository(StockTransferEntity).insert(transfer);
        await this.outbox.append(m, StockTransferDispatchedV1, { aggregateId: transfer.id, sequence: 1, data: transferDispatchedData(transfer) });
        return { status: 201, body: toTransferView(transfer) };
      }),
    );
  }
}
