import { DomainError } from '@aftersales/platform-service-defaults';
import type { DepotRepairStep } from '@aftersales/contracts-rma-inventory';
import { IllegalDepotStep, nextDepotStep } from './domain/depot-repair.lifecycle';

export const depotRepairNotFound = (id: string) => new DomainError('RMA.DEPOT_REPAIR_NOT_FOUND', `Depot repair ${id} not found`, 404);
export const notADepot = (code: string) => new DomainError('RMA.NOT_A_DEPOT', `Warehouse ${code} is not an active depot`, 422, { warehouseCode: code });

/** The step order's refusal as a 409 listing the steps allowed from here. */
export function depotStepOrConflict(from: DepotRepairStep, step: DepotRepairStep, paid: boolean | null): DepotRepairStep {
  try {
    return nextDepotStep(from, step, paid);
  } catch (error) {
    if (error instanceof IllegalDepotStep) throw new DomainError(error.code, error.message, 409, { from: error.from, allowed: error.allowed });
    throw error;
  }
}
