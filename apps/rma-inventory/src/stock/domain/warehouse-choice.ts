/**
 * Which warehouse and which part a reservation draws on (R-RMA-2, R-RMA-5): the part asked for in the nearest
 * warehouse that has it; only when no candidate warehouse has it, the best ranked "equivalent or better"
 * substitute, again nearest first. A customer waits for a spare, so a near substitute loses to the exact part
 * one warehouse further away: the part itself is what the engineer and the customer expect.
 */
import type { WarehouseKind } from './stock.types';

export interface CandidateWarehouse {
  code: string;
  kind: WarehouseKind;
  region: string | null;
}

/**
 * Nearness to a region: its branch, then its depot, then the central warehouse, then other regions' branches and
 * depots (by code, for a stable order). Engineer vans are an engineer's own stock and are drawn on only by name.
 */
export function warehousesNearTo(region: string, warehouses: readonly CandidateWarehouse[]): CandidateWarehouse[] {
  const rank = (w: CandidateWarehouse): number => {
    if (w.kind === 'van') return -1;
    if (w.region === region) return w.kind === 'branch' ? 0 : w.kind === 'depot' ? 1 : 2;
    if (w.kind === 'central') return 3;
    return w.kind === 'branch' ? 4 : 5;
  };
  return warehouses
    .map((w) => ({ w, r: rank(w) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.w.code.localeCompare(b.w.code))
    .map((x) => x.w);
}

export interface Availability {
  warehouseCode: string;
  partNumber: string;
  available: number;
}

/**
 * The order in which (part, warehouse) pairs are tried: the part asked for in every warehouse nearest first, then
 * each substitute by rank. Pairs known to have less than the quantity are left out; the caller still claims each
 * atomically, since another reservation may take the stock between the read and the claim.
 */
export function reservationAttempts(
  parts: readonly string[],
  warehouses: readonly string[],
  availability: readonly Availability[],
  quantity: number,
): { partNumber: string; warehouseCode: string }[] {
  const attempts: { partNumber: string; warehouseCode: string }[] = [];
  for (const partNumber of parts) {
    for (const warehouseCode of warehouses) {
      const a = availability.find((x) => x.partNumber === partNumber && x.warehouseCode === warehouseCode);
      if (a && a.available >= quantity) attempts.push({ partNumber, warehouseCode });
    }
  }
  return attempts;
}
