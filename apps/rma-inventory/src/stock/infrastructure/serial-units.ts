import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { EntityManager } from 'typeorm';
import type { SerialStatus } from '../domain/stock.types';
import { serialExists, serialNotFound, serialNotHere, serialsNotExpected, serialsRequired } from '../stock.errors';

/**
 * Serialised units from receipt to the customer and back (R-RMA-5): where each one is, and its history. Rows are
 * locked in serial-number order, so two movements of the same units queue rather than deadlock.
 */
@Injectable()
export class SerialUnits {
  /** The serial numbers a movement of `quantity` units of the part must name (none for bulk stock). */
  checkSerials(part: { partNumber: string; serialised: boolean }, quantity: number, serials: readonly string[] | undefined): string[] {
    const list = serials ?? [];
    if (!part.serialised) {
      if (list.length > 0) throw serialsNotExpected(part.partNumber);
      return [];
    }
    if (list.length !== quantity || new Set(list).size !== list.length) throw serialsRequired(part.partNumber, quantity);
    return [...list];
  }

  /** New units into stock (a receipt). */
  async create(m: EntityManager, input: { serials: string[]; partNumber: string; warehouseCode: string; reference: string | null; actor: string; at: Date }): Promise<void> {
    if (input.serials.length === 0) return;
    const known: { serial_number: string }[] = await m.query(`SELECT serial_number FROM serial_units WHERE serial_number = ANY($1) LIMIT 1`, [input.serials]);
    if (known.length > 0) throw serialExists(known[0].serial_number);
    for (const serial of input.serials) {
      await m.query(
        `INSERT INTO serial_units (serial_number, part_number, status, warehouse_code, reference, updated_at) VALUES ($1, $2, 'in-stock', $3, $4, $5)`,
        [serial, input.partNumber, input.warehouseCode, input.reference, input.at],
      );
      await this.history(m, serial, 'received', 'in-stock', input.warehouseCode, input.reference, input.actor, input.at);
    }
  }

  /**
   * Moves named units that must be `from` (a status, at a warehouse when given) of the part to their next status.
   * Refuses the whole movement if any one is elsewhere.
   */
  async move(
    m: EntityManager,
    input: {
      serials: string[];
      partNumber: string;
      from: { status: SerialStatus; warehouseCode?: string | null; reservationId?: string | null };
      to: { status: SerialStatus; warehouseCode: string | null; reservationId?: string | null };
      movement: string;
      reference: string | null;
      actor: string;
      at: Date;
    },
  ): Promise<void> {
    for (const serial of [...input.serials].sort()) {
      const [unit]: { part_number: string; status: SerialStatus; warehouse_code: string | null; reservation_id: string | null }[] = await m.query(
        `SELECT part_number, status, warehouse_code, reservation_id FROM serial_units WHERE serial_number = $1 FOR UPDATE`,
        [serial],
      );
      if (!unit) throw serialNotFound(serial);
      const here =
        unit.part_number === input.partNumber &&
        unit.status === input.from.status &&
        (input.from.warehouseCode === undefined || unit.warehouse_code === input.from.warehouseCode) &&
        (input.from.reservationId === undefined || unit.reservation_id === null || unit.reservation_id === input.from.reservationId);
      if (!here) throw serialNotHere(serial, `${unit.part_number}, ${unit.status}${unit.warehouse_code ? ` at ${unit.warehouse_code}` : ''}`);
      await m.query(`UPDATE serial_units SET status = $2, warehouse_code = $3, reservation_id = $4, reference = $5, updated_at = $6 WHERE serial_number = $1`, [
        serial,
        input.to.status,
        input.to.warehouseCode,
        input.to.reservationId ?? null,
        input.reference,
        input.at,
      ]);
      await this.history(m, serial, input.movement, input.to.status, input.to.warehouseCode, input.reference, input.actor, input.at);
    }
  }

  /** A unit back from a customer: known (shipped by us) or seen for the first time (the customer's own faulty unit). */
  async returned(m: EntityManager, input: { serial: string; partNumber: string; warehouseCode: string; status: SerialStatus; reference: string; actor: string; at: Date }): Promise<void> {
    const [unit]: { part_number: string; status: SerialStatus }[] = await m.query(`SELECT part_number, status FROM serial_units WHERE serial_number = $1 FOR UPDATE`, [input.serial]);
    if (unit && (unit.part_number !== input.partNumber || !['with-customer', 'on-loan'].includes(unit.status))) {
      throw serialNotHere(input.serial, `${unit.part_number}, ${unit.status}`);
    }
    if (unit) {
      await m.query(`UPDATE serial_units SET status = $2, warehouse_code = $3, reservation_id = NULL, reference = $4, updated_at = $5 WHERE serial_number = $1`, [
        input.serial,
        input.status,
        input.warehouseCode,
        input.reference,
        input.at,
      ]);
    } else {
      await m.query(`INSERT INTO serial_units (serial_number, part_number, status, warehouse_code, reference, updated_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
        input.serial,
        input.partNumber,
        input.status,
        input.warehouseCode,
        input.reference,
        input.at,
      ]);
    }
    await this.history(m, input.serial, 'returned-by-customer', input.status, input.warehouseCode, input.reference, input.actor, input.at);
  }

  private async history(m: EntityManager, serial: string, movement: string, statusAfter: SerialStatus, warehouseCode: string | null, reference: string | null, actor: string, at: Date) {
    await m.query(`INSERT INTO serial_history (id, serial_number, movement, status_after, warehouse_code, reference, actor, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
      uuidv7(),
      serial,
      movement,
      statusAfter,
      warehouseCode,
      reference,
      actor,
      at,
    ]);
  }
}
