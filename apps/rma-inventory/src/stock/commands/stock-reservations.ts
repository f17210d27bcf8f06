/**
 * The reservation API of the stock ledger (R-RMA-2, R-RMA-5), for the commands and event handlers of this service
 * (RMAs, shipments, depot repair) to call inside their own transaction. Import StockModule; inject StockReservations.
 * Every method takes the caller's EntityManager (an open transaction) and publishes its events through the outbox
 * in it, so the movement, the caller's state change and the events commit or roll back together.
 *
 *   reserve(m, { partNumber, quantity, warehouseCode? | nearTo?: { region }, forContractId?, caseId?, reference, actor })
 *     -> Reservation: the warehouse chosen (with its kind, region, time zone and business calendar, for R-RMA-2's
 *        14:00 cut-off) and the part chosen: the one asked for in the nearest warehouse that has it, else its best
 *        ranked "equivalent or better" substitute. With forContractId, that contract's critical spares (holds) are
 *        drawn on first. Refused with RMA.STOCK_UNAVAILABLE (409, extras.availableWhere) when nothing fits; the
 *        refusal changes nothing and leaves the caller's transaction usable.
 *   hold(m, { partNumber, quantity, warehouseCode, contractId, reference, actor })
 *     -> Reservation of kind 'contract-hold': critical spares only that contract's cases may draw on.
 *   release(m, { reservationId, quantity?, reason, actor })       -> Reservation (back to available, or to its hold)
 *   issue(m, { reservationId, serialNumbers?, destination, actor }) -> Reservation with status 'issued': shipped to
 *        the customer (serialised parts name the serial shipped) or handed to a work order; on hand goes down.
 *   receiveReturn(m, { warehouseCode, partNumber, quantity?, serialNumber?, condition, reference, actor })
 *     -> a part back from a customer: 'good' back into stock, 'faulty' held apart (not available).
 *   lend(m, { warehouseCode, partNumber, serialNumber?, quantity?, reference, actor } | { reservationId, ... })
 *     -> Loan: issued on loan (a standby unit, R-DS-5), expected back.
 *   returnLoan(m, { loanId, warehouseCode?, actor })               -> Loan, returned into stock.
 *   findReservation(m, id) / reservationsFor(m, reference)         -> Reservation | null / Reservation[]
 *
 * A reservation whose reference is a work order's number or id is issued by that work order's completion
 * (work-order.completed.v1), so parts reserved for a visit need no separate issue. Refusals are DomainErrors from
 * stock.errors.ts (RMA.*); a refusal for lack of stock raises no database error.
 *
 * Signatures are stable: the RMA flows build on them.
 */
import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { EntityManager } from 'typeorm';
import type { BusinessCalendar } from '@aftersales/platform-calendar';
import { StockLentV1, StockLoanReturnedV1, StockReservationIssuedV1, StockReservationReleasedV1, StockReservedV1, StockReturnedV1 } from '@aftersales/contracts-rma-inventory';
import { OutboxService } from '@aftersales/platform-messaging';
import { Clock } from '@aftersales/platform-timers';
import type { WarehouseKind } from '../domain/stock.types';
import { warehouseCalendar } from '../domain/warehouse-calendar';
import { reservationAttempts, warehousesNearTo } from '../domain/warehouse-choice';
import { SerialUnits } from '../infrastructure/serial-units';
import { SparePartEntity, StockLoanEntity, StockReservationEntity, WarehouseEntity } from '../infrastructure/stock.entities';
import { Movement, StockLedger } from '../infrastructure/stock-ledger';
import {
  badQuantity,
  holdNotDrawable,
  loanNotFound,
  loanReturned,
  needsWhere,
  partInactive,
  partNotFound,
  releaseTooMany,
  reservationNotActive,
  reservationNotFound,
  stockUnavailable,
  warehouseInactive,
  warehouseNotFound,
} from '../stock.errors';
import { loanReturnedData, reservationIssuedData, reservationReleasedData, stockLentData, stockReservedData, stockReturnedData } from '../integration/stock-reservation.mapping';

export interface ReservedWarehouse {
  code: string;
  name: string;
  kind: WarehouseKind;
  region: string | null;
  timeZone: string;
  /** Its business calendar (its own or the R-RMA-2 default), for cut-offs and ship-by deadlines. */
  calendar: BusinessCalendar;
}

export interface Reservation {
  id: string;
  kind: 'reservation' | 'contract-hold';
  status: 'active' | 'released' | 'issued';
  warehouse: ReservedWarehouse;
  partNumber: string;
  requestedPartNumber: string;
  /** True when the part asked for was out and a ranked substitute was reserved. */
  substitute: boolean;
  quantity: number;
  contractId: string | null;
  caseId: string | null;
  reference: string;
  drawnFromHold: string | null;
  serialNumbers: string[];
  createdAt: Date;
}

export interface Loan {
  id: string;
  warehouseCode: string;
  partNumber: string;
  serialNumber: string | null;
  quantity: number;
  reference: string;
  status: 'on-loan' | 'returned';
  lentAt: Date;
  returnedTo: string | null;
  returnedAt: Date | null;
}

/** The chain of causes when called from an event handler: pass the handled event's ids on. */
export interface Causation {
  correlationId?: string;
  causationId?: string | null;
}

export interface ReserveInput {
  partNumber: string;
  quantity: number;
  /** Exactly this warehouse (an engineer's van, a depot)... */
  warehouseCode?: string;
  /** ...or the nearest to a region that has it (its branch, its depot, central, other regions). */
  nearTo?: { region: string };
  /** The case's service contract: its critical spares are drawn on first, and only its cases may draw on them. */
  forContractId?: string | null;
  caseId?: string | null;
  /** What for: an RMA number, a work order number. */
  reference: string;
  actor: string;
  note?: string;
  /** Default true: when the part is out, its ranked substitutes may be reserved instead. */
  allowSubstitutes?: boolean;
  causation?: Causation;
}

@Injectable()
export class StockReservations {
  constructor(
    private readonly ledger: StockLedger,
    private readonly serials: SerialUnits,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /** R-RMA-2 / R-RMA-5: reserves the part or its best substitute in the nearest warehouse that has it. */
  async reserve(m: EntityManager, input: ReserveInput): Promise<Reservation> {
    if ((input.warehouseCode === undefined) === (input.nearTo === undefined)) throw needsWhere();
    if (!Number.isInteger(input.quantity) || input.quantity < 1) throw badQuantity(input.quantity);
    const now = this.clock.now();
    // The part, its ranked substitutes and the candidate warehouses with what they have of them: one round trip.
    const { part, warehouses, availability: all } = await this.partAndCandidates(m, input);
    const partAndSubstitutes = [part.partNumber, ...part.substitutes];
    const parts = input.allowSubstitutes === false ? [part.partNumber] : partAndSubstitutes;
    const availability = all.filter((a) => parts.includes(a.partNumber));
    const codes = warehouses.map((w) => w.code);

    // The contract's own critical spares first: a hold only its cases may draw on.
    if (input.forContractId) {
      for (const partNumber of parts) {
        const [hold]: { id: string; warehouse_code: string }[] = await m.query(
          `WITH drawn AS (
             UPDATE stock_reservations SET quantity = quantity - $4, version = version + 1, updated_at = $5
              WHERE id = (SELECT id FROM stock_reservations WHERE kind = 'contract-hold' AND status = 'active' AND contract_id = $1 AND part_number = $2
                            AND warehouse_code = ANY($3) AND quantity >= $4
                            ORDER BY array_position($3, warehouse_code), id LIMIT 1)
                AND quantity >= $4
              RETURNING id, warehouse_code)
           SELECT * FROM drawn`,
          [input.forContractId, partNumber, codes, input.quantity, now],
        );
        if (!hold) continue;
        const r = await this.reservationRow(m, { ...input, kind: 'reservation', partNumber, requestedPartNumber: part.partNumber, warehouseCode: hold.warehouse_code, drawnFromHold: hold.id, contractId: input.forContractId, at: now });
        await this.ledger.note(m, {
          warehouseCode: hold.warehouse_code,
          partNumber,
          reason: 'reservation',
          actor: input.actor,
          note: `drawn from the critical spares held for contract ${input.forContractId}`,
          reference: input.reference,
          caseId: input.caseId,
          reservationId: r.id,
          at: now,
        });
        const [level] = await m.query(`SELECT on_hand - reserved AS available FROM stock_levels WHERE warehouse_code = $1 AND part_number = $2`, [hold.warehouse_code, partNumber]);
        return this.announce(m, r, Number(level?.available ?? 0), warehouses, input.causation);
      }
    }

    const attempts = reservationAttempts(parts, codes, availability, input.quantity);
    for (const attempt of attempts) {
      const r = await this.reservationRow(m, {
        ...input,
        kind: 'reservation',
        partNumber: attempt.partNumber,
        requestedPartNumber: part.partNumber,
        warehouseCode: attempt.warehouseCode,
        contractId: input.forContractId ?? null,
        at: now,
        written: true,
      });
      const after = await this.ledger.tryMove(
        m,
        {
          warehouseCode: attempt.warehouseCode,
          partNumber: attempt.partNumber,
          onHandDelta: 0,
          reservedDelta: input.quantity,
          reason: 'reservation',
          actor: input.actor,
          note: input.note ?? null,
          reference: input.reference,
          caseId: input.caseId,
          reservationId: r.id,
          at: now,
          correlation: input.causation,
        },
        { reservation: r },
      );
      if (!after) continue; // taken by another reservation since the read: try the next
      return this.announce(m, r, after.available, warehouses, input.causation);
    }
    throw stockUnavailable(part.partNumber, input.quantity, await this.ledger.availableWhere(m, partAndSubstitutes));
  }

  /** R-RMA-5: critical spares held for one service contract; other contracts' cases cannot reserve them. */
  async hold(m: EntityManager, input: { partNumber: string; quantity: number; warehouseCode: string; contractId: string; reference: string; actor: string; causation?: Causation }): Promise<Reservation> {
    const now = this.clock.now();
    const part = await this.part(m, input.partNumber);
    const [warehouse] = await this.candidates(m, { warehouseCode: input.warehouseCode });
    const id = uuidv7();
    const after = await this.ledger.move(m, {
      warehouseCode: warehouse.code,
      partNumber: part.partNumber,
      onHandDelta: 0,
      reservedDelta: input.quantity,
      reason: 'reservation',
      actor: input.actor,
      note: `critical spares held for contract ${input.contractId}`,
      reference: input.reference,
      reservationId: id,
      at: now,
      correlation: input.causation,
    });
    const r = await this.reservationRow(m, { ...input, id, kind: 'contract-hold', partNumber: part.partNumber, warehouseCode: warehouse.code, contractId: input.contractId, caseId: null, at: now });
    return this.announce(m, r, after.available, [warehouse], input.causation);
  }

  /** Gives reserved stock back: to available, or to the contract hold it was drawn from. */
  async release(m: EntityManager, input: { reservationId: string; quantity?: number; reason: string; actor: string; causation?: Causation }): Promise<Reservation> {
    const now = this.clock.now();
    const r = await this.lockActive(m, input.reservationId);
    const quantity = input.quantity ?? r.quantity;
    if (!(quantity > 0) || quantity > r.quantity) throw releaseTooMany(quantity, r.quantity);
    let available: number;
    if (r.drawnFromHold) {
      await m.query(`UPDATE stock_reservations SET quantity = quantity + $2, version = version + 1, updated_at = $3 WHERE id = $1`, [r.drawnFromHold, quantity, now]);
      await this.ledger.note(m, { warehouseCode: r.warehouseCode, partNumber: r.partNumber, reason: 'release', actor: input.actor, note: `back to contract hold: ${input.reason}`, reference: r.reference, reservationId: r.id, at: now });
      const [level] = await m.query(`SELECT on_hand - reserved AS available FROM stock_levels WHERE warehouse_code = $1 AND part_number = $2`, [r.warehouseCode, r.partNumber]);
      available = Number(level.available);
    } else {
      const after = await this.ledger.move(m, {
        warehouseCode: r.warehouseCode,
        partNumber: r.partNumber,
        onHandDelta: 0,
        reservedDelta: -quantity,
        reason: 'release',
        actor: input.actor,
        note: input.reason,
        reference: r.reference,
        caseId: r.caseId,
        reservationId: r.id,
        at: now,
        correlation: input.causation,
      });
      available = after.available;
    }
    r.quantity -= quantity;
    if (r.quantity === 0) r.status = 'released';
    r.version += 1;
    r.updatedAt = now;
    await m.getRepository(StockReservationEntity).save(r);
    await this.outbox.append(m, StockReservationReleasedV1, {
      aggregateId: r.id,
      sequence: r.version,
      data: reservationReleasedData(r, quantity, input.reason, available, input.actor, now),
      ...input.causation,
    });
    return this.view(m, r);
  }

  /**
   * Reserved stock leaves the warehouse: shipped to the customer (R-RMA-2; a serialised part names the unit shipped,
   * which is then tracked at the customer's) or handed to a work order. On hand and reserved go down together.
   */
  async issue(
    m: EntityManager,
    input: { reservationId: string; serialNumbers?: string[]; destination: 'customer' | 'work-order'; actor: string; causation?: Causation },
  ): Promise<Reservation> {
    const now = this.clock.now();
    const r = await this.lockActive(m, input.reservationId);
    if (r.kind === 'contract-hold') throw holdNotDrawable();
    const part = await this.part(m, r.partNumber, { allowInactive: true });
    const serials = this.serials.checkSerials(part, r.quantity, input.serialNumbers);
    await this.serials.move(m, {
      serials,
      partNumber: r.partNumber,
      from: { status: 'in-stock', warehouseCode: r.warehouseCode },
      to: { status: 'with-customer', warehouseCode: null, reservationId: r.id },
      movement: input.destination === 'customer' ? 'shipped-to-customer' : 'issued-to-work-order',
      reference: r.reference,
      actor: input.actor,
      at: now,
    });
    const base: Omit<Movement, 'serialNumber' | 'onHandDelta' | 'reservedDelta'> = {
      warehouseCode: r.warehouseCode,
      partNumber: r.partNumber,
      reason: 'issue',
      actor: input.actor,
      reference: r.reference,
      caseId: r.caseId,
      reservationId: r.id,
      at: now,
      correlation: input.causation,
    };
    // One ledger row per unit for serialised parts, so each serial's way is in the ledger too.
    let onHandAfter = 0;
    if (serials.length > 0) {
      for (const serialNumber of serials) onHandAfter = (await this.ledger.move(m, { ...base, onHandDelta: -1, reservedDelta: -1, serialNumber })).onHand;
    } else {
      onHandAfter = (await this.ledger.move(m, { ...base, onHandDelta: -r.quantity, reservedDelta: -r.quantity })).onHand;
    }
    r.status = 'issued';
    r.serialNumbers = serials;
    r.version += 1;
    r.updatedAt = now;
    await m.getRepository(StockReservationEntity).save(r);
    await this.outbox.append(m, StockReservationIssuedV1, {
      aggregateId: r.id,
      sequence: r.version,
      data: reservationIssuedData(r, input.destination, onHandAfter, input.actor, now),
      ...input.causation,
    });
    return this.view(m, r);
  }

  /**
   * A part back from a customer (R-RMA-3): a good one back into stock (available again), a faulty one recorded at
   * the warehouse (its serial's status 'faulty') but not on hand, for inspection or repair.
   */
  async receiveReturn(
    m: EntityManager,
    input: { warehouseCode: string; partNumber: string; quantity?: number; serialNumber?: string; condition: 'good' | 'faulty'; reference: string; actor: string; causation?: Causation },
  ): Promise<{ returnId: string; onHandAfter: number }> {
    const now = this.clock.now();
    const part = await this.part(m, input.partNumber, { allowInactive: true });
    const [warehouse] = await this.candidates(m, { warehouseCode: input.warehouseCode });
    const quantity = input.quantity ?? 1;
    const [serial] = this.serials.checkSerials(part, quantity, input.serialNumber ? [input.serialNumber] : undefined);
    if (serial) {
      await this.serials.returned(m, { serial, partNumber: part.partNumber, warehouseCode: warehouse.code, status: input.condition === 'good' ? 'in-stock' : 'faulty', reference: input.reference, actor: input.actor, at: now });
    }
    const mv = { warehouseCode: warehouse.code, partNumber: part.partNumber, reason: 'customer-return' as const, actor: input.actor, note: `returned ${input.condition}`, reference: input.reference, serialNumber: serial ?? null, at: now, correlation: input.causation };
    let onHandAfter: number;
    if (input.condition === 'good') {
      onHandAfter = (await this.ledger.move(m, { ...mv, onHandDelta: quantity })).onHand;
    } else {
      await this.ledger.note(m, mv);
      const [level] = await m.query(`SELECT on_hand FROM stock_levels WHERE warehouse_code = $1 AND part_number = $2`, [warehouse.code, part.partNumber]);
      onHandAfter = level?.on_hand ?? 0;
    }
    const returnId = uuidv7();
    await this.outbox.append(m, StockReturnedV1, {
      aggregateId: returnId,
      sequence: 1,
      data: stockReturnedData({ returnId, warehouseCode: warehouse.code, partNumber: part.partNumber, quantity, serialNumber: serial ?? null, condition: input.condition, reference: input.reference, onHandAfter, actor: input.actor, at: now }),
      ...input.causation,
    });
    return { returnId, onHandAfter };
  }

  /** Issues stock on loan (a standby unit lent on a visit, R-DS-5): from available stock, or from a reservation. */
  async lend(
    m: EntityManager,
    input: ({ warehouseCode: string; partNumber: string; quantity?: number } | { reservationId: string }) & { serialNumber?: string; reference: string; actor: string; causation?: Causation },
  ): Promise<Loan> {
    const now = this.clock.now();
    let warehouseCode: string;
    let partNumber: string;
    let quantity: number;
    let reservation: StockReservationEntity | null = null;
    if ('reservationId' in input) {
      reservation = await this.lockActive(m, input.reservationId);
      if (reservation.kind === 'contract-hold') throw holdNotDrawable();
      ({ warehouseCode, partNumber, quantity } = reservation);
    } else {
      warehouseCode = (await this.candidates(m, { warehouseCode: input.warehouseCode }))[0].code;
      partNumber = input.partNumber;
      quantity = input.quantity ?? 1;
    }
    const part = await this.part(m, partNumber, { allowInactive: reservation !== null });
    const [serial] = this.serials.checkSerials(part, quantity, input.serialNumber ? [input.serialNumber] : undefined);
    const loan = m.getRepository(StockLoanEntity).create({
      id: uuidv7(),
      warehouseCode,
      partNumber,
      serialNumber: serial ?? null,
      quantity,
      reference: input.reference,
      status: 'on-loan',
      lentBy: input.actor,
      lentAt: now,
      returnedTo: null,
      returnedAt: null,
    });
    if (serial) {
      await this.serials.move(m, { serials: [serial], partNumber, from: { status: 'in-stock', warehouseCode }, to: { status: 'on-loan', warehouseCode: null }, movement: 'lent', reference: input.reference, actor: input.actor, at: now });
    }
    const after = await this.ledger.move(m, {
      warehouseCode,
      partNumber,
      onHandDelta: -quantity,
      reservedDelta: reservation ? -quantity : 0,
      reason: 'loan-out',
      actor: input.actor,
      reference: input.reference,
      reservationId: reservation?.id ?? null,
      serialNumber: serial ?? null,
      at: now,
      correlation: input.causation,
    });
    if (reservation) {
      reservation.status = 'issued';
      reservation.serialNumbers = serial ? [serial] : [];
      reservation.version += 1;
      reservation.updatedAt = now;
      await m.getRepository(StockReservationEntity).save(reservation);
    }
    await m.getRepository(StockLoanEntity).insert(loan);
    await this.outbox.append(m, StockLentV1, { aggregateId: loan.id, sequence: 1, data: stockLentData(loan, after.onHand), ...input.causation });
    return toLoan(loan);
  }

  /** A lent unit comes back into stock: to the warehouse it was lent from, or another one. */
  async returnLoan(m: EntityManager, input: { loanId: string; warehouseCode?: string; actor: string; causation?: Causation }): Promise<Loan> {
    const now = this.clock.now();
    const loan = await m.getRepository(StockLoanEntity).findOne({ where: { id: input.loanId }, lock: { mode: 'pessimistic_write' } });
    if (!loan) throw loanNotFound(input.loanId);
    if (loan.status === 'returned') throw loanReturned(loan.id);
    const [warehouse] = await this.candidates(m, { warehouseCode: input.warehouseCode ?? loan.warehouseCode });
    if (loan.serialNumber) {
      await this.serials.move(m, { serials: [loan.serialNumber], partNumber: loan.partNumber, from: { status: 'on-loan' }, to: { status: 'in-stock', warehouseCode: warehouse.code }, movement: 'loan-returned', reference: loan.reference, actor: input.actor, at: now });
    }
    const after = await this.ledger.move(m, {
      warehouseCode: warehouse.code,
      partNumber: loan.partNumber,
      onHandDelta: loan.quantity,
      reason: 'loan-return',
      actor: input.actor,
      reference: loan.reference,
      serialNumber: loan.serialNumber,
      at: now,
      correlation: input.causation,
    });
    loan.status = 'returned';
    loan.returnedTo = warehouse.code;
    loan.returnedAt = now;
    await m.getRepository(StockLoanEntity).save(loan);
    await this.outbox.append(m, StockLoanReturnedV1, { aggregateId: loan.id, sequence: 2, data: loanReturnedData(loan, after.onHand, input.actor), ...input.causation });
    return toLoan(loan);
  }

  async findReservation(m: EntityManager, id: string): Promise<Reservation | null> {
    const r = await m.getRepository(StockReservationEntity).findOneBy({ id });
    return r ? this.view(m, r) : null;
  }

  async reservationsFor(m: EntityManager, reference: string): Promise<Reservation[]> {
    const rows = await m.getRepository(StockReservationEntity).find({ where: { reference }, order: { createdAt: 'ASC', id: 'ASC' } });
    return Promise.all(rows.map((r) => this.view(m, r)));
  }

  private async part(m: EntityManager, partNumber: string, opts: { allowInactive?: boolean } = {}): Promise<SparePartEntity> {
    const part = await m.getRepository(SparePartEntity).findOneBy({ partNumber });
    if (!part) throw partNotFound(partNumber);
    if (!part.active && !opts.allowInactive) throw partInactive(partNumber);
    return part;
  }

  /** The warehouses a reservation may draw on, nearest first. */
  private async candidates(m: EntityManager, input: { warehouseCode?: string; nearTo?: { region: string } }): Promise<WarehouseEntity[]> {
    const repo = m.getRepository(WarehouseEntity);
    if (input.warehouseCode !== undefined) {
      const w = await repo.findOneBy({ code: input.warehouseCode });
      if (!w) throw warehouseNotFound(input.warehouseCode);
      if (!w.active) throw warehouseInactive(w.code);
      return [w];
    }
    const all = await repo.find({ where: { active: true }, order: { code: 'ASC' } });
    const byCode = new Map(all.map((w) => [w.code, w]));
    return warehousesNearTo(input.nearTo?.region ?? '', all).flatMap((c) => byCode.get(c.code) ?? []);
  }

  /**
   * The part asked for (known and active), its active substitutes by rank, and the candidate warehouses (as
   * `candidates`) each with the available stock of those parts, in one query.
   */
  private async partAndCandidates(
    m: EntityManager,
    input: { partNumber: string; warehouseCode?: string; nearTo?: { region: string } },
  ): Promise<{
    part: { partNumber: string; substitutes: string[] };
    warehouses: WarehouseEntity[];
    availability: { warehouseCode: string; partNumber: string; available: number }[];
  }> {
    type Row = {
      code: string;
      name: string;
      kind: WarehouseKind;
      region: string | null;
      time_zone: string;
      calendar: BusinessCalendar | null;
      engineer_id: string | null;
      active: boolean;
      version: number;
      updated_at: string;
      stock: { p: string; a: number }[];
    };
    const [found]: { part_number: string; active: boolean; substitutes: string[]; warehouses: Row[] }[] = await m.query(
      `SELECT p.part_number, p.active, subs.list AS substitutes, wh.list AS warehouses
         FROM spare_parts p
         CROSS JOIN LATERAL (
           SELECT COALESCE(array_agg(s.substitute_part_number ORDER BY s.rank), '{}') AS list
             FROM part_substitutes s JOIN spare_parts sp ON sp.part_number = s.substitute_part_number AND sp.active
            WHERE s.part_number = p.part_number) subs
         CROSS JOIN LATERAL (
           SELECT COALESCE(json_agg(w ORDER BY w.code), '[]') AS list FROM (
             SELECT w.code, w.name, w.kind, w.region, w.time_zone, w.calendar, w.engineer_id, w.active, w.version, w.updated_at,
                    COALESCE((SELECT json_agg(json_build_object('p', l.part_number, 'a', l.on_hand - l.reserved)) FROM stock_levels l
                               WHERE l.warehouse_code = w.code AND l.part_number = ANY(p.part_number || subs.list)), '[]') AS stock
               FROM warehouses w
              WHERE CASE WHEN $2::text IS NULL THEN w.active ELSE w.code = $2::text END) w) wh
        WHERE p.part_number = $1`,
      [input.partNumber, input.warehouseCode ?? null],
    );
    if (!found) throw partNotFound(input.partNumber);
    if (!found.active) throw partInactive(input.partNumber);
    const all = found.warehouses.map((r) =>
      Object.assign(new WarehouseEntity(), {
        code: r.code,
        name: r.name,
        kind: r.kind,
        region: r.region,
        timeZone: r.time_zone,
        calendar: r.calendar,
        engineerId: r.engineer_id,
        active: r.active,
        version: r.version,
        updatedAt: new Date(r.updated_at),
      }),
    );
    const availability = found.warehouses.flatMap((r) => r.stock.map((x) => ({ warehouseCode: r.code, partNumber: x.p, available: Number(x.a) })));
    const part = { partNumber: found.part_number, substitutes: found.substitutes };
    if (input.warehouseCode !== undefined) {
      if (all.length === 0) throw warehouseNotFound(input.warehouseCode);
      if (!all[0].active) throw warehouseInactive(input.warehouseCode);
      return { part, warehouses: all, availability };
    }
    const byCode = new Map(all.map((w) => [w.code, w]));
    return { part, warehouses: warehousesNearTo(input.nearTo?.region ?? '', all).flatMap((c) => byCode.get(c.code) ?? []), availability };
  }

  private async lockActive(m: EntityManager, id: string): Promise<StockReservationEntity> {
    const r = await m.getRepository(StockReservationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!r) throw reservationNotFound(id);
    if (r.status !== 'active') throw reservationNotActive(id, r.status);
    return r;
  }

  private async reservationRow(
    m: EntityManager,
    input: {
      id?: string;
      kind: 'reservation' | 'contract-hold';
      partNumber: string;
      warehouseCode: string;
      quantity: number;
      contractId: string | null;
      caseId?: string | null;
      reference: string;
      actor: string;
      drawnFromHold?: string;
      at: Date;
      /** Built only: the movement that reserves its stock writes it (StockLedger.tryMove's `also`). */
      written?: boolean;
    } & { requestedPartNumber?: string },
  ): Promise<StockReservationEntity> {
    const r = m.getRepository(StockReservationEntity).create({
      id: input.id ?? uuidv7(),
      kind: input.kind,
      warehouseCode: input.warehouseCode,
      partNumber: input.partNumber,
      requestedPartNumber: input.requestedPartNumber ?? input.partNumber,
      quantity: input.quantity,
      status: 'active',
      contractId: input.contractId,
      caseId: input.caseId ?? null,
      reference: input.reference,
      drawnFromHold: input.drawnFromHold ?? null,
      serialNumbers: [],
      createdBy: input.actor,
      createdAt: input.at,
      updatedAt: input.at,
      version: 1,
    });
    if (!input.written) await this.writeReservation(m, r);
    return r;
  }

  private async writeReservation(m: EntityManager, r: StockReservationEntity): Promise<void> {
    await m.query(
      `INSERT INTO stock_reservations (id, kind, warehouse_code, part_number, requested_part_number, quantity, status, contract_id, case_id, reference,
                                       drawn_from_hold, serial_numbers, created_by, created_at, updated_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, '{}', $12, $13, $13, 1)`,
      [r.id, r.kind, r.warehouseCode, r.partNumber, r.requestedPartNumber, r.quantity, r.status, r.contractId, r.caseId, r.reference, r.drawnFromHold, r.createdBy, r.createdAt],
    );
  }

  private async announce(m: EntityManager, r: StockReservationEntity, availableAfter: number, warehouses: WarehouseEntity[], causation?: Causation): Promise<Reservation> {
    await this.outbox.append(m, StockReservedV1, { aggregateId: r.id, sequence: r.version, data: stockReservedData(r, availableAfter), ...causation });
    const warehouse = warehouses.find((w) => w.code === r.warehouseCode) ?? (await m.getRepository(WarehouseEntity).findOneByOrFail({ code: r.warehouseCode }));
    return toReservation(r, warehouse);
  }

  private async view(m: EntityManager, r: StockReservationEntity): Promise<Reservation> {
    return toReservation(r, await m.getRepository(WarehouseEntity).findOneByOrFail({ code: r.warehouseCode }));
  }
}

function toReservation(r: StockReservationEntity, w: WarehouseEntity): Reservation {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    warehouse: { code: w.code, name: w.name, kind: w.kind, region: w.region, timeZone: w.timeZone, calendar: warehouseCalendar(w) },
    partNumber: r.partNumber,
    requestedPartNumber: r.requestedPartNumber,
    substitute: r.partNumber !== r.requestedPartNumber,
    quantity: r.quantity,
    contractId: r.contractId,
    caseId: r.caseId,
    reference: r.reference,
    drawnFromHold: r.drawnFromHold,
    serialNumbers: r.serialNumbers,
    createdAt: r.createdAt,
  };
}

function toLoan(l: StockLoanEntity): Loan {
  return {
    id: l.id,
    warehouseCode: l.warehouseCode,
    partNumber: l.partNumber,
    serialNumber: l.serialNumber,
    quantity: l.quantity,
    reference: l.reference,
    status: l.status,
    lentAt: l.lentAt,
    returnedTo: l.returnedTo,
    returnedAt: l.returnedAt,
  };
}
