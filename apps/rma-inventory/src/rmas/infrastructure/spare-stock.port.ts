import { EntityManager } from 'typeorm';
import type { BusinessCalendar } from '@aftersales/platform-calendar';

export interface SpareReservation {
  reservationId: string;
  warehouseCode: string;
  partNumber: string;
  /** The part asked for, when an equivalent or better substitute was reserved instead. */
  substituteFor: string | null;
  /** The warehouse's calendar, for the 14:00 cut-off (R-RMA-2). */
  calendar: BusinessCalendar;
}

/**
 * What the RMAs need from the stock, each call in the caller's transaction: the part or its best substitute reserved
 * in the nearest warehouse that has it (R-RMA-2, R-RMA-5; refused with a 409 saying what is available where), its
 * issue when the spare ships, the faulty unit booked back in, a standby unit lent and returned (R-DS-5), the
 * warehouse's business calendar for the clocks, and the part's cost for a charge (R-RMA-3).
 */
export abstract class SpareStock {
  abstract reserve(m: EntityManager, request: { partNumber: string; region: string | null; reference: string; caseId: string; by: string }): Promise<SpareReservation>;
  abstract release(m: EntityManager, reservationId: string, by: string): Promise<void>;
  abstract issue(m: EntityManager, reservationId: string, serialNumber: string, by: string): Promise<void>;
  abstract receiveReturn(m: EntityManager, request: { warehouseCode: string; partNumber: string | null; serialNumber: string; reference: string; by: string }): Promise<void>;
  /** A standby unit known to the stock by its serial goes on loan; null when the stock does not know it. */
  abstract lend(m: EntityManager, request: { serialNumber: string; reference: string; by: string }): Promise<{ loanId: string; warehouseCode: string; partNumber: string } | null>;
  abstract returnLoan(m: EntityManager, loanId: string, warehouseCode: string | null, by: string): Promise<void>;
  /** The warehouse's calendar in its time zone; the R-RMA-2 default for none. */
  abstract calendarOf(m: EntityManager, warehouseCode: string | null): Promise<BusinessCalendar>;
  abstract unitCost(m: EntityManager, partNumber: string): Promise<{ amountMinor: number; currency: string } | null>;
}
