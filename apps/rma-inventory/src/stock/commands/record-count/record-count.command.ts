import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { StockCountedV1, StockCountedV1Data } from '@aftersales/contracts-rma-inventory';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { countAdjustment } from '../../domain/count';
import { catalogueParts, openWarehouse } from '../../infrastructure/lookups';
import { StockCountEntity } from '../../infrastructure/stock.entities';
import { StockLedger } from '../../infrastructure/stock-ledger';
import { stockCountedData } from '../../integration/stock-movement.mapping';
import { countBelowReserved } from '../../stock.errors';
import { RecordCountRequest } from './record-count.request';

/**
 * A cycle count (R-RMA-5): what was counted on the shelf becomes on hand, each difference a count-adjustment row
 * in the ledger. A count below what is reserved is refused: those reservations must be released first.
 */
@Injectable()
export class RecordCountCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly ledger: StockLedger,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  execute(request: RecordCountRequest, user: AuthUser, key?: string): Promise<IdempotentResult<StockCountedV1Data>> {
    return this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key, scope: `record-count:${user.sub}`, request }, async () => {
        const now = this.clock.now();
        const warehouse = await openWarehouse(m, request.warehouseCode);
        await catalogueParts(
          m,
          request.lines.map((l) => l.partNumber),
          { allowInactive: true },
        );
        const count = m.getRepository(StockCountEntity).create({ id: uuidv7(), warehouseCode: warehouse.code, lines: [], countedBy: user.sub, countedAt: now, note: request.note ?? null });
        for (const line of [...request.lines].sort((a, b) => a.partNumber.localeCompare(b.partNumber))) {
          const [level]: { on_hand: number; reserved: number }[] = await m.query(
            `SELECT on_hand, reserved FROM stock_levels WHERE warehouse_code = $1 AND part_number = $2 FOR UPDATE`,
            [warehouse.code, line.partNumber],
          );
          const expected = level?.on_hand ?? 0;
          const reserved = level?.reserved ?? 0;
          if (line.counted < reserved) throw countBelowReserved(line.partNumber, line.counted, reserved);
          const adjustment = countAdjustment(expected, line.counted);
          if (adjustment !== 0) {
            await this.ledger.move(m, {
              warehouseCode: warehouse.code,
              partNumber: line.partNumber,
              onHandDelta: adjustment,
              reason: 'adjustment',
              actor: user.sub,
              note: request.note ?? `cycle count: ${line.counted} counted, ${expected} expected`,
              reference: `count ${count.id}`,
              at: now,
            });
          }
          count.lines.push({ partNumber: line.partNumber, expected, counted: line.counted, adjustment });
        }
        await m.getRepository(StockCountEntity).insert(count);
        const data = stockCountedData(count);
        await this.outbox.append(m, StockCountedV1, { aggregateId: count.id, sequence: 1, data });
        return { status: 201, body: data };
      }),
    );
  }
}
