import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { StockTransferReceivedV1 } from '@aftersales/contracts-rma-inventory';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { openWarehouse } from '../../infrastructure/lookups';
import { SerialUnits } from '../../infrastructure/serial-units';
import { StockTransferEntity } from '../../infrastructure/stock.entities';
import { StockLedger } from '../../infrastructure/stock-ledger';
import { transferReceivedData } from '../../integration/stock-movement.mapping';
import { transferAlreadyReceived, transferNotFound } from '../../stock.errors';
import { toTransferView, TransferView } from '../../stock.view';

/** A transfer in transit arrives: its stock is on hand at the receiving warehouse (R-RMA-5). */
@Injectable()
export class ReceiveTransferCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: StockLedger,
    private readonly serials: SerialUnits,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  execute(id: string, user: AuthUser): Promise<TransferView> {
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      const repo = m.getRepository(StockTransferEntity);
      const transfer = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!transfer) throw transferNotFound(id);
      if (transfer.status === 'received') throw transferAlreadyReceived(id);
      const to = await openWarehouse(m, transfer.toWarehouse);
      const reference = `transfer ${transfer.fromWarehouse} to ${to.code}`;
      const onHandAfter = new Map<string, number>();
      for (const line of transfer.lines) {
        await this.serials.move(m, {
          serials: line.serialNumbers,
          partNumber: line.partNumber,
          from: { status: 'in-transit' },
          to: { status: 'in-stock', warehouseCode: to.code },
          movement: `transfer-in from ${transfer.fromWarehouse}`,
          reference,
          actor: user.sub,
          at: now,
        });
        const after = await this.ledger.move(m, {
          warehouseCode: to.code,
          partNumber: line.partNumber,
          onHandDelta: line.quantity,
          reason: 'transfer-in',
          actor: user.sub,
          reference,
          transferId: transfer.id,
          at: now,
        });
        onHandAfter.set(line.partNumber, after.onHand);
      }
      transfer.status = 'received';
      transfer.receivedBy = user.sub;
      transfer.receivedAt = now;
      await repo.save(transfer);
      await this.outbox.append(m, StockTransferReceivedV1, { aggregateId: transfer.id, sequence: 2, data: transferReceivedData(transfer, onHandAfter) });
      return toTransferView(transfer);
    });
  }
}
