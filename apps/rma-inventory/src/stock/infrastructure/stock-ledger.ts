import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { EntityManager } from 'typeorm';

/**
 * Moves stock: one atomic UPDATE ... RETURNING per line (no read-modify-write, so concurrent issues of the same
 * part cannot lose an update) and one ledger row with the balance after it.
 */
@Injectable()
export class StockLedger {
  async move(
    m: EntityManager,
    line: { warehouseCode: string; partNumber: string; delta: number; reason: 'issue' | 'receipt' | 'adjustment'; workOrderId?: string; caseId?: string; at: Date },
  ): Promise<number> {
    const rows: { on_hand: number }[] = await m.query(
      `INSERT INTO stock_levels (warehouse_code, part_number, on_hand) VALUES ($1, $2, $3)
       ON CONFLICT (warehouse_code, part_number) DO UPDATE SET on_hand = stock_levels.on_hand + EXCLUDED.on_hand
       RETURNING on_hand`,
      [line.warehouseCode, line.partNumber, line.delta],
    );
    const onHandAfter = rows[0].on_hand;
    await m.query(
      `INSERT INTO stock_ledger (id, warehouse_code, part_number, quantity_delta, reason, work_order_id, case_id, on_hand_after, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [uuidv7(), line.warehouseCode, line.partNumber, line.delta, line.reason, line.workOrderId ?? null, line.caseId ?? null, onHandAfter, line.at],
    );
    return onHandAfter;
  }
}
