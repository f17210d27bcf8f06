import { PartSavedV1Data, WarehouseSavedV1Data } from '@aftersales/contracts-rma-inventory';
import { SparePartEntity, WarehouseEntity } from '../infrastructure/stock.entities';

/** warehouse.saved.v1 (R-RMA-5). */
export function warehouseSavedData(w: WarehouseEntity): WarehouseSavedV1Data {
  return {
    code: w.code,
    name: w.name,
    kind: w.kind,
    region: w.region,
    timeZone: w.timeZone,
    ownCalendar: w.calendar !== null,
    engineerId: w.engineerId,
    active: w.active,
    version: w.version,
    savedAt: w.updatedAt.toISOString(),
  };
}

/** part.saved.v1 (R-RMA-5). */
export function partSavedData(p: SparePartEntity, substitutes: { partNumber: string; rank: number }[]): PartSavedV1Data {
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
    savedAt: p.updatedAt.toISOString(),
  };
}
