import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { StockWrittenOffV1, StockWrittenOffV1Data } from '@aftersales/contracts-rma-inventory';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { catalogueParts, openWarehouse } from '../../infrastructure/lookups';
import { SerialUnits } from '../../infrastructure/serial-units';
import { SparePartEntity } from '../../infrastructure/stock.entities';
import { StockLedger } from '../../infrastructure/stock-ledger';
import { writtenOffData } from '../../integration/stock-movement.mapping';
import { WriteOffStockRequest } from './write-off-stock.request';

/**
 * Stock leaves the books without going to a customer (R-RMA-5): scrapped, or sent back to its supplier. A faulty
 * serialised unit (back from a customer, not on hand) leaves without touching on hand; a good one comes off it.
 */
@Injectable()
export class WriteOffStockCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly ledger: StockLedger,
    private readonly serials: SerialUnits,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  execute(request: WriteOffStockRequest, user: AuthUser, key?: string): Promise<IdempotentResult<StockWrittenOffV1Data>> {
    return this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key, scope: `write-off-stock:${user.sub}`, request }, async () => {
        const now = this.clock.now();
        const warehouse = await openWarehouse(m, request.warehouseCode);
        const part = (await catalogueParts(m, [request.partNumber], { allowInactive: true })).get(request.partNumber) as SparePartEntity;
        const serials = this.serials.checkSerials(part, request.quantity, request.serialNumbers);
        const writeOffId = uuidv7();
        const status = request.reason === 'scrap' ? 'scrapped' : 'returned-to-supplier';
        const base = { warehouseCode: warehouse.code, partNumber: part.partNumber, reason: request.reason, actor: user.sub, note: request.note, reference: `write-off ${writeOffId}`, at: now };
        let onHandAfter = 0;
        if (serials.length === 0) {
          onHandAfter = (await this.ledger.move(m, { ...base, onHandDelta: -request.quantity })).onHand;
        }
        for (const serial of serials) {
          const [unit]: { status: string }[] = await m.query(`SELECT status FROM serial_units WHERE serial_number = $1`, [serial]);
          const faulty = unit?.status === 'faulty';
          await this.serials.move(m, {
            serials: [serial],
            partNumber: part.partNumber,
            from: { status: faulty ? 'faulty' : 'in-stock', warehouseCode: warehouse.code },
            to: { status, warehouseCode: null },
            movement: request.reason,
            reference: base.reference,
            actor: user.sub,
            at: now,
          });
          if (faulty) await this.ledger.note(m, { ...base, serialNumber: serial });
          else onHandAfter = (await this.ledger.move(m, { ...base, onHandDelta: -1, serialNumber: serial })).onHand;
        }
        if (serials.length > 0) {
          const [level] = await m.query(`SELECT on_hand FROM stock_levels WHERE warehouse_code = $1 AND part_number = $2`, [warehouse.code, part.partNumber]);
          onHandAfter = level?.on_hand ?? 0;
        }
        const data = writtenOffData({
          writeOffId,
          reason: request.reason,
          warehouseCode: warehouse.code,
          partNumber: part.partNumber,
          quantity: request.quantity,
          serialNumbers: serials,
          note: request.note,
          onHandAfter,
          actor: user.sub,
          at: now,
        });
        await this.outbox.append(m, StockWrittenOffV1, { aggregateId: writeOffId, sequence: 1, data });
        return { status: 201, body: data };
      }),
    );
  }
}
