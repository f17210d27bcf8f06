import { DepotRepairStepRecordedV1Data } from '@aftersales/contracts-rma-inventory';
import { DepotRepairEntity } from '../infrastructure/depot-repair.entities';

/** depot-repair.step-recorded.v1: what the customer is told of each step (R-RMA-6). */
export function depotRepairStepRecordedData(r: DepotRepairEntity, summary: string, by: string, at: Date): DepotRepairStepRecordedV1Data {
  return {
    repairId: r.id,
    repairNumber: r.repairNumber,
    caseId: r.caseId,
    customerId: r.customerId,
    serialNumber: r.serialNumber,
    mode: r.mode,
    step: r.status,
    summary,
    turnaroundDueAt: r.turnaroundDueAt?.toISOString() ?? null,
    by,
    at: at.toISOString(),
  };
}
