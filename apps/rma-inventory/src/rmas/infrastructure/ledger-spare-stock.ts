import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { EntityManager } from 'typeorm';
import { BusinessCalendar } from '@aftersales/platform-calendar';
import { defaultWarehouseCalendar } from '../domain/service-calendar';
import { SpareReservation, SpareStock } from './spare-stock.port';

/**
 * The stock as the first stock table knows it: the warehouse in the customer's region with the part on hand, else
 * any with it, and the default calendar. Replaced by the reservation ledger's provider when it lands.
 */
@Injectable()
export class LedgerSpareStock extends SpareStock {
  private readonly calendar = defaultWarehouseCalendar();

  async reserve(m: EntityManager, request: { partNumber: string; region: string | null }): Promise<SpareReservation | null> {
    const [row]: { warehouse_code: string }[] = await m.query(
      `SELECT l.warehouse_code FROM stock_levels l JOIN warehouses w ON w.code = l.warehouse_code
        WHERE l.part_number = $1 AND l.on_hand > 0
        ORDER BY (w.region IS NOT DISTINCT FROM $2) DESC, (w.kind = 'central') DESC, l.warehouse_code LIMIT 1`,
      [request.partNumber, request.region],
    );
    return row ? { reservationId: uuidv7(), warehouseCode: row.warehouse_code, partNumber: request.partNumber, substituteFor: null } : null;
  }

  // The first stock table holds no reservations or serials: nothing to release, issue or book back here.
  async release(): Promise<void> {
    return undefined;
  }

  async issue(): Promise<void> {
    return undefined;
  }

  async receiveReturn(): Promise<void> {
    return undefined;
  }

  async calendarOf(): Promise<BusinessCalendar> {
    return this.calendar;
  }

  async unitCost(): Promise<{ amountMinor: number; currency: string } | null> {
    return null;
  }
}
