import { DepotRepairTurnaroundBreachedV1Data, DepotRepairTurnaroundWarnedV1Data } from '@aftersales/contracts-rma-inventory';
import { DepotRepairEntity } from '../infrastructure/depot-repair.entities';

/** depot-repair.turnaround-warned.v1 (R-RMA-4). */
export function depotTurnaroundWarnedData(r: DepotRepairEntity, now: Date): DepotRepairTurnaroundWarnedV1Data {
  return { repairId: r.id, repairNumber: r.repairNumber, caseId: r.caseId, dueAt: (r.turnaroundDueAt as Date).toISOString(), warnedAt: now.toISOString() };
}

/** depot-repair.turnaround-breached.v1 (R-RMA-4). */
export function depotTurnaroundBreachedData(r: DepotRepairEntity, now: Date): DepotRepairTurnaroundBreachedV1Data {
  return { repairId: r.id, repairNumber: r.repairNumber, caseId: r.caseId, dueAt: (r.turnaroundDueAt as Date).toISOString(), breachedAt: now.toISOString() };
}
