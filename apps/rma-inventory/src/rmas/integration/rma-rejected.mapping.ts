import { RmaRejectedV1Data } from '@aftersales/contracts-rma-inventory';
import { RmaEntity } from '../infrastructure/rma.entities';
import { rmaRef } from './rma-ref';

/** rma.rejected.v1 (R-RMA-7). */
export function rmaRejectedData(r: RmaEntity): RmaRejectedV1Data {
  return { ...rmaRef(r), reason: r.decisionReason ?? '', rejectedBy: r.decidedBy ?? '', rejectedAt: (r.decidedAt as Date).toISOString() };
}
