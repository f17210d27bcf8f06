import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BusinessCalendar } from '@aftersales/platform-calendar';
import { StockReservations } from '../../stock/commands/stock-reservations';
import { warehouseCalendar } from '../../stock/domain/warehouse-calendar';
import { SparePartEntity, WarehouseEntity } from '../../stock/infrastructure/stock.entities';
import { defaultWarehouseCalendar } from '../domain/service-calendar';
import { SpareReservation, SpareStock } from './spare-stock.port';

/** SpareStock on the stock ledger's reservation API (StockReservations), in the RMA's transaction. */
@Injectable()
export class ReservationsSpareStock extends SpareStock {
  private readonly fallback = defaultWarehouseCalendar();

  constructor(private readonly reservations: StockReservations) {
    super();
  }

  async reserve(m: EntityManager, r: { partNumber: string; region: string | null; reference: string; caseId: string; by: string }): Promise<SpareReservation> {
    const got = await this.reservations.reserve(m, { partNumber: r.partNumber, quantity: 1, nearTo: { region: r.region ?? '' }, caseId: r.caseId, reference: r.reference, actor: r.by });
    return {
      reservationId: got.id,
      warehouseCode: got.warehouse.code,
      partNumber: got.partNumber,
      substituteFor: got.substitute ? got.requestedPartNumber : null,
      calendar: got.warehouse.calendar,
    };
  }

  async release(m: EntityManager, reservationId: string, by: string): Promise<void> {
    const r = await this.reservations.findReservation(m, reservationId);
    if (r?.status === 'active') await this.reservations.release(m, { reservationId, reason: 'RMA cancelled', actor: by });
  }

  async issue(m: EntityManager, reservationId: string, serialNumber: string, by: string): Promise<void> {
    const r = await this.reservations.findReservation(m, reservationId);
    if (!r || r.status !== 'active') return;
    const serialised = await this.serialised(m, r.partNumber);
    await this.reservations.issue(m, { reservationId, serialNumbers: serialised ? [serialNumber] : undefined, destination: 'customer', actor: by });
  }

  async receiveReturn(m: EntityManager, r: { warehouseCode: string; partNumber: string | null; serialNumber: string; reference: string; by: string }): Promise<void> {
    if (!r.partNumber || !(await m.getRepository(SparePartEntity).existsBy({ partNumber: r.partNumber }))) return; // not a stocked part: nothing to book
    const serialised = await this.serialised(m, r.partNumber);
    await this.reservations.receiveReturn(m, {
      warehouseCode: r.warehouseCode,
      partNumber: r.partNumber,
      serialNumber: serialised ? r.serialNumber : undefined,
      condition: 'faulty',
      reference: r.reference,
      actor: r.by,
    });
  }

  async lend(m: EntityManager, r: { serialNumber: string; reference: string; by: string }): Promise<{ loanId: string; warehouseCode: string; partNumber: string } | null> {
    const [unit]: { part_number: string; warehouse_code: string }[] = await m.query(`SELECT part_number, warehouse_code FROM serial_units WHERE serial_number = $1 AND status = 'in-stock'`, [
      r.serialNumber,
    ]);
    if (!unit) return null;
    const loan = await this.reservations.lend(m, { warehouseCode: unit.warehouse_code, partNumber: unit.part_number, serialNumber: r.serialNumber, reference: r.reference, actor: r.by });
    return { loanId: loan.id, warehouseCode: loan.warehouseCode, partNumber: loan.partNumber };
  }

  async returnLoan(m: EntityManager, loanId: string, warehouseCode: string | null, by: string): Promise<void> {
    await this.reservations.returnLoan(m, { loanId, warehouseCode: warehouseCode ?? undefined, actor: by });
  }

  async calendarOf(m: EntityManager, warehouseCode: string | null): Promise<BusinessCalendar> {
    const w = warehouseCode ? await m.getRepository(WarehouseEntity).findOneBy({ code: warehouseCode }) : null;
    return w ? warehouseCalendar(w) : this.fallback;
  }

  async unitCost(m: EntityManager, partNumber: string): Promise<{ amountMinor: number; currency: string } | null> {
    const part = await m.getRepository(SparePartEntity).findOneBy({ partNumber });
    return part ? { amountMinor: part.unitCostMinor, currency: part.currency } : null;
  }

  private async serialised(m: EntityManager, partNumber: string): Promise<boolean> {
    return (await m.getRepository(SparePartEntity).findOneBy({ partNumber }))?.serialised ?? false;
  }
}
