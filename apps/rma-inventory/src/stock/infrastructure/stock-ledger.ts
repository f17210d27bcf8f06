import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { EntityManager } from 'typeorm';
import { StockShortageClearedV1, StockShortageDetectedV1 } from '@aftersales/contracts-rma-inventory';
import { OutboxService } from '@aftersales/platform-messaging';
import { shortageChange } from '../domain/shortage';
import type { LedgerReason } from '../domain/stock.types';
import { shortageClearedData, shortageDetectedData } from '../integration/stock-shortage.mapping';
import { stockUnavailable } from '../stock.errors';
import type { StockReservationEntity } from './stock.entities';

/** A reservation row written by the movement that reserves its stock, in the same statement ($16 on). */
const RESERVATION_CTE = `,
       booked AS (
         INSERT INTO stock_reservations (id, kind, warehouse_code, part_number, requested_part_number, quantity, status, contract_id, case_id, reference,
                                         drawn_from_hold, serial_numbers, created_by, created_at, updated_at, version)
         SELECT $16::uuid, $17::text, $1::text, $2::text, $18::text, $19::int, 'active', $20::uuid, $21::uuid, $22::text, $23::uuid, '{}', $24::text, $15::timestamptz, $15::timestamptz, 1
           FROM moved)`;

function reservationParams(r: StockReservationEntity): unknown[] {
  return [r.id, r.kind, r.requestedPartNumber, r.quantity, r.contractId, r.caseId, r.reference, r.drawnFromHold, r.createdBy];
}

/** One movement of stock: a ledger row, and the level it changes. */
export interface Movement {
  warehouseCode: string;
  partNumber: string;
  /** Change of on hand (negative: out of the warehouse). */
  onHandDelta: number;
  /** Change of reserved. */
  reservedDelta?: number;
  reason: LedgerReason;
  /** Who: a user id, or `system`. */
  actor: string;
  /** Why, in words. */
  note?: string | null;
  /** What for: an RMA number, a work order, a supplier's delivery note, a transfer. */
  reference?: string | null;
  workOrderId?: string | null;
  caseId?: string | null;
  reservationId?: string | null;
  transferId?: string | null;
  serialNumber?: string | null;
  at: Date;
  /** The chain of causes for the shortage events a movement may publish. */
  correlation?: { correlationId?: string; causationId?: string | null };
}

export interface LevelAfter {
  onHand: number;
  reserved: number;
  available: number;
  minLevel: number;
  /** The level's version after the movement: the sequence of its events. */
  version: number;
}

/**
 * Moves stock (R-RMA-5). Each movement is one statement: a conditional UPDATE ... RETURNING of the level (no
 * read-modify-write, so concurrent movements of one part cannot lose an update, and the row lock makes them queue)
 * and the ledger row with the balances after it. The UPDATE's condition keeps 0 <= reserved <= on hand: a movement that would break it
 * changes nothing and answers null, without an error, so a caller's transaction can go on and try another warehouse
 * (a failed CHECK would abort the whole transaction). A crossing of the minimum level is published in the same
 * transaction, once per crossing.
 */
@Injectable()
export class StockLedger {
  constructor(private readonly outbox: OutboxService) {}

  /** The movement, or null when it would take on hand or available below zero (nothing changed). */
  async tryMove(m: EntityManager, mv: Movement, also: { reservation?: StockReservationEntity } = {}): Promise<LevelAfter | null> {
    const reservedDelta = mv.reservedDelta ?? 0;
    if (mv.onHandDelta > 0) {
      // A first receipt of a part in a warehouse has no level row yet.
      await m.query(`INSERT INTO stock_levels (warehouse_code, part_number, on_hand) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING`, [mv.warehouseCode, mv.partNumber]);
    }
    // One round trip: the level moves only if it stays within bounds, and the ledger row is written only if it moved.
    const rows: { on_hand: number; reserved: number; min_level: number; short_since: Date | null; version: number }[] = await m.query(
      `WITH moved AS (
         UPDATE stock_levels SET on_hand = on_hand + $3, reserved = reserved + $4, version = version + 1
          WHERE warehouse_code = $1 AND part_number = $2 AND on_hand + $3 >= 0 AND reserved + $4 >= 0 AND reserved + $4 <= on_hand + $3
          RETURNING on_hand, reserved, min_level, short_since, version),
       logged AS (
         INSERT INTO stock_ledger (id, warehouse_code, part_number, quantity_delta, reserved_delta, reason, work_order_id, case_id, on_hand_after, reserved_after,
                                   actor, note, reference, reservation_id, transfer_id, serial_number, at)
         SELECT $5::uuid, $1::text, $2::text, $3::int, $4::int, $6::text, $7::uuid, $8::uuid, moved.on_hand, moved.reserved,
                $9::text, $10::text, $11::text, $12::uuid, $13::uuid, $14::text, $15::timestamptz
           FROM moved)${also.reservation ? RESERVATION_CTE : ''}
       SELECT * FROM moved`,
      [
        mv.warehouseCode,
        mv.partNumber,
        mv.onHandDelta,
        reservedDelta,
        uuidv7(),
        mv.reason,
        mv.workOrderId ?? null,
        mv.caseId ?? null,
        mv.actor,
        mv.note ?? null,
        mv.reference ?? null,
        mv.reservationId ?? null,
        mv.transferId ?? null,
        mv.serialNumber ?? null,
        mv.at,
        ...(also.reservation ? reservationParams(also.reservation) : []),
      ],
    );
    if (rows.length === 0) return null;
    const level = rows[0];
    await this.followShortage(m, mv, level);
    return { onHand: level.on_hand, reserved: level.reserved, available: level.on_hand - level.reserved, minLevel: level.min_level, version: level.version };
  }

  /** The movement; refused with RMA.STOCK_UNAVAILABLE (409, saying what is available where) when stock would go negative. */
  async move(m: EntityManager, mv: Movement): Promise<LevelAfter> {
    const after = await this.tryMove(m, mv);
    if (after) return after;
    const quantity = Math.abs(mv.onHandDelta !== 0 ? mv.onHandDelta : (mv.reservedDelta ?? 0));
    throw stockUnavailable(mv.partNumber, quantity, await this.availableWhere(m, [mv.partNumber]));
  }

  /** A ledger row that changes no balance (a faulty unit back from a customer, a unit drawn from a contract hold). */
  async note(m: EntityManager, mv: Omit<Movement, 'onHandDelta' | 'reservedDelta'>): Promise<void> {
    const [level] = await m.query(`SELECT on_hand, reserved FROM stock_levels WHERE warehouse_code = $1 AND part_number = $2`, [mv.warehouseCode, mv.partNumber]);
    await m.query(
      `INSERT INTO stock_ledger (id, warehouse_code, part_number, quantity_delta, reserved_delta, reason, case_id, on_hand_after, reserved_after,
         actor, note, reference, reservation_id, serial_number, at)
       VALUES ($1, $2, $3, 0, 0, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [uuidv7(), mv.warehouseCode, mv.partNumber, mv.reason, mv.caseId ?? null, level?.on_hand ?? 0, level?.reserved ?? 0, mv.actor, mv.note ?? null, mv.reference ?? null, mv.reservationId ?? null, mv.serialNumber ?? null, mv.at],
    );
  }

  /** Where the parts are available now (active warehouses, more than zero), most first. */
  async availableWhere(m: EntityManager, partNumbers: string[]): Promise<{ warehouseCode: string; partNumber: string; available: number }[]> {
    const rows: { warehouse_code: string; part_number: string; available: number }[] = await m.query(
      `SELECT s.warehouse_code, s.part_number, s.on_hand - s.reserved AS available
         FROM stock_levels s JOIN warehouses w ON w.code = s.warehouse_code
        WHERE s.part_number = ANY($1) AND w.active AND s.on_hand - s.reserved > 0
        ORDER BY available DESC, s.warehouse_code, s.part_number LIMIT 50`,
      [partNumbers],
    );
    return rows.map((r) => ({ warehouseCode: r.warehouse_code, partNumber: r.part_number, available: Number(r.available) }));
  }

  /** Sets the minimum level of a part in a warehouse, and follows the crossing it may make. */
  async setMinimum(m: EntityManager, input: { warehouseCode: string; partNumber: string; minimum: number; at: Date; correlation?: Movement['correlation'] }): Promise<LevelAfter> {
    await m.query(`INSERT INTO stock_levels (warehouse_code, part_number, on_hand) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING`, [input.warehouseCode, input.partNumber]);
    const [level] = await m.query(
      `WITH set AS (
         UPDATE stock_levels SET min_level = $3, version = version + 1 WHERE warehouse_code = $1 AND part_number = $2
          RETURNING on_hand, reserved, min_level, short_since, version)
       SELECT * FROM set`,
      [input.warehouseCode, input.partNumber, input.minimum],
    );
    await this.followShortage(m, { warehouseCode: input.warehouseCode, partNumber: input.partNumber, at: input.at, correlation: input.correlation }, level);
    return { onHand: level.on_hand, reserved: level.reserved, available: level.on_hand - level.reserved, minLevel: level.min_level, version: level.version };
  }

  /** R-RMA-5: shortages are reported, once per crossing below the minimum; the way back up is reported too. */
  private async followShortage(
    m: EntityManager,
    mv: Pick<Movement, 'warehouseCode' | 'partNumber' | 'at' | 'correlation'>,
    level: { on_hand: number; reserved: number; min_level: number; short_since: Date | null; version: number },
  ): Promise<void> {
    const change = shortageChange({ onHand: level.on_hand, reserved: level.reserved, minLevel: level.min_level, short: level.short_since !== null });
    if (!change) return;
    await m.query(`UPDATE stock_levels SET short_since = $3 WHERE warehouse_code = $1 AND part_number = $2`, [mv.warehouseCode, mv.partNumber, change === 'detected' ? mv.at : null]);
    const aggregateId = `${mv.warehouseCode}/${mv.partNumber}`;
    const cause = { correlationId: mv.correlation?.correlationId, causationId: mv.correlation?.causationId ?? undefined };
    if (change === 'detected') {
      const [part] = await m.query(`SELECT critical FROM spare_parts WHERE part_number = $1`, [mv.partNumber]);
      await this.outbox.append(m, StockShortageDetectedV1, {
        aggregateId,
        sequence: level.version,
        data: shortageDetectedData(mv.warehouseCode, mv.partNumber, Boolean(part?.critical), level, mv.at),
        ...cause,
      });
    } else {
      await this.outbox.append(m, StockShortageClearedV1, { aggregateId, sequence: level.version, data: shortageClearedData(mv.warehouseCode, mv.partNumber, level, mv.at), ...cause });
    }
  }
}
