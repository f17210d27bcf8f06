import { EntityManager } from 'typeorm';
import type { BusinessCalendar } from '@aftersales/platform-calendar';

export interface SpareReservation {
  reservationId: string;
  warehouseCode: string;
  partNumber: string;
  /** The part asked for, when an equivalent or better substitute was reserved instead. */
  substituteFor: string | null;
}

/**
 * What the RMAs need from the stock: a reservation of the part or its best substitute in the nearest warehouse that
 * has it (R-RMA-2, R-RMA-5), its issue when the spare ships, the faulty unit booked back in, the warehouse's business
 * calendar for the clocks, and the part's cost for a charge. Every call runs in the caller's transaction.
 */
export abstract class SpareStock {
  /** null when no warehouse holds the part or a substitute. */
  abstract reserve(m: EntityManager, request: { partNumber: string; region: string | null; reference: string; caseId: string; by: string }): Promise<SpareReservation | null>;
  abstract release(m: EntityManager, reservationId: string, by: string): Promise<void>;
  abstract issue(m: EntityManager, reservationId: string, serialNumber: string, by: string): Promise<void>;
  abstract receiveReturn(m: EntityManager, request: { warehouseCode: string; partNumber: string | null; serialNumber: string; reference: string; by: string }): Promise<void>;
  /** The warehouse's calendar in its time zone; the service calendar for a warehouse without one. */
  abstract calendarOf(m: EntityManager, warehouseCode: string | null): Promise<BusinessCalendar>;
  abstract unitCost(m: EntityManager, partNumber: string): Promise<{ amountMinor: number; currency: string } | null>;
}
