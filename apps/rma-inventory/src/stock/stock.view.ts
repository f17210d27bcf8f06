import type { Loan, Reservation } from './commands/stock-reservations';
import { SparePartEntity, StockTransferEntity, WarehouseEntity } from './infrastructure/stock.entities';

export interface WarehouseView {
  code: string;
  name: string;
  kind: string;
  region: string | null;
  timeZone: string;
  calendar: unknown;
  engineerId: string | null;
  active: boolean;
  version: number;
}

export function toWarehouseView(w: WarehouseEntity): WarehouseView {
  return { code: w.code, name: w.name, kind: w.kind, region: w.region, timeZone: w.timeZone, calendar: w.calendar, engineerId: w.engineerId, active: w.active, version: w.version };
}

export interface PartView {
  partNumber: string;
  description: string;
  fitsModels: string[];
  substitutes: { partNumber: string; rank: number }[];
  serialised: boolean;
  unitCost: { amountMinor: number; currency: string };
  critical: boolean;
  active: boolean;
  version: number;
}

export function toPartView(p: SparePartEntity, substitutes: { partNumber: string; rank: number }[]): PartView {
  return {
    partNumber: p.partNumber,
    description: p.description,
    fitsModels: p.fitsModels,
    substitutes,
    serialised: p.serialised,
    unitCost: { amountMinor: p.unitCostMinor, currency: p.currency },
    critical: p.critical,
    active: p.active,
    version: p.version,
  };
}

/** A reservation over HTTP: the warehouse's calendar is named by its time zone, not sent whole. */
export function toReservationView(r: Reservation) {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    warehouseCode: r.warehouse.code,
    warehouseKind: r.warehouse.kind,
    region: r.warehouse.region,
    timeZone: r.warehouse.timeZone,
    partNumber: r.partNumber,
    requestedPartNumber: r.requestedPartNumber,
    substitute: r.substitute,
    quantity: r.quantity,
    contractId: r.contractId,
    caseId: r.caseId,
    reference: r.reference,
    drawnFromHold: r.drawnFromHold,
    serialNumbers: r.serialNumbers,
    createdAt: r.createdAt.toISOString(),
  };
}
export type ReservationView = ReturnType<typeof toReservationView>;

export function toLoanView(l: Loan) {
  return { ...l, lentAt: l.lentAt.toISOString(), returnedAt: l.returnedAt?.toISOString() ?? null };
}

export function toTransferView(t: StockTransferEntity) {
  return {
    id: t.id,
    fromWarehouse: t.fromWarehouse,
    toWarehouse: t.toWarehouse,
    status: t.status,
    lines: t.lines,
    note: t.note,
    dispatchedBy: t.dispatchedBy,
    dispatchedAt: t.dispatchedAt.toISOString(),
    receivedBy: t.receivedBy,
    receivedAt: t.receivedAt?.toISOString() ?? null,
  };
}
export type TransferView = ReturnType<typeof toTransferView>;
