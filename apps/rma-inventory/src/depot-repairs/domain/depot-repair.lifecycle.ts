import type { DepotRepairStep } from '@aftersales/contracts-rma-inventory';

/**
 * R-RMA-6: received and checked, diagnosed, quoted when the repair is paid, repaired, QC, shipped back. A failed QC
 * goes back to the bench. Pure. The status of a repair is its last step.
 */
export class IllegalDepotStep extends Error {
  readonly code = 'RMA.ILLEGAL_DEPOT_STEP';
  constructor(
    readonly from: DepotRepairStep,
    readonly step: DepotRepairStep,
    readonly allowed: readonly DepotRepairStep[],
  ) {
    super(`A depot repair at ${from} cannot record ${step}; allowed: ${allowed.join(', ') || 'none'}`);
  }
}

export function allowedDepotSteps(from: DepotRepairStep, paid: boolean | null): DepotRepairStep[] {
  switch (from) {
    case 'received':
      return ['diagnosed'];
    case 'diagnosed':
      return paid ? ['quoted'] : ['repaired'];
    case 'quoted':
      return ['repaired'];
    case 'repaired':
      return ['qc-passed', 'qc-failed'];
    case 'qc-failed':
      return ['repaired'];
    case 'qc-passed':
      return ['shipped-back'];
    case 'shipped-back':
      return [];
  }
}

export function nextDepotStep(from: DepotRepairStep, step: DepotRepairStep, paid: boolean | null): DepotRepairStep {
  const allowed = allowedDepotSteps(from, paid);
  if (!allowed.includes(step)) throw new IllegalDepotStep(from, step, allowed);
  return step;
}
