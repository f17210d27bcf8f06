import { RmaApprovedV1Data } from '@aftersales/contracts-rma-inventory';
import { RmaEntity } from '../infrastructure/rma.entities';
import { rmaRef } from './rma-ref';

/** rma.approved.v1 (R-RMA-2, R-RMA-7). */
export function rmaApprovedData(r: RmaEntity): RmaApprovedV1Data {
  return {
    ...rmaRef(r),
    reason: r.decisionReason ?? '',
    approvedBy: r.decidedBy ?? '',
    reservation:
      r.reservationId && r.warehouseCode && r.partNumber ? { reservationId: r.reservationId, warehouseCode: r.warehouseCode, partNumber: r.partNumber, substituteFor: r.substituteFor } : null,
    shipBy: r.shipBy?.toISOString() ?? null,
    shipByRule: r.shipByRule,
    approvedAt: (r.decidedAt as Date).toISOString(),
  };
}
