import { RmaClosedV1Data } from '@aftersales/contracts-rma-inventory';
import { RmaEntity } from '../infrastructure/rma.entities';
import { rmaRef } from './rma-ref';

/** rma.closed.v1 (R-RMA-1, R-RMA-7). */
export function rmaClosedData(r: RmaEntity, reason: string, by: string): RmaClosedV1Data {
  const closedAt = r.closedAt as Date;
  return {
    ...rmaRef(r),
    status: r.status,
    reason,
    processedOnTime: r.processingDueAt ? closedAt.getTime() <= r.processingDueAt.getTime() : null,
    closedBy: by,
    closedAt: closedAt.toISOString(),
  };
}
