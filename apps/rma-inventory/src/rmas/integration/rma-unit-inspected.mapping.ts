import { RmaUnitInspectedV1Data } from '@aftersales/contracts-rma-inventory';
import { RmaEntity } from '../infrastructure/rma.entities';
import { rmaRef } from './rma-ref';

/** rma.unit-inspected.v1: evidence for warranty (R-RMA-3, R-WA-7). */
export function rmaUnitInspectedData(r: RmaEntity, by: string): RmaUnitInspectedV1Data {
  return {
    ...rmaRef(r),
    decisionId: r.decisionId,
    serialNumber: r.serialNumber,
    result: r.inspectionResult as RmaUnitInspectedV1Data['result'],
    faultCode: r.inspectionFaultCode,
    notes: r.inspectionNotes ?? '',
    inspectedBy: by,
    inspectedAt: (r.inspectedAt as Date).toISOString(),
  };
}
