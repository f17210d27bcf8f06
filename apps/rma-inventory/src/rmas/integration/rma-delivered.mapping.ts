import { RmaDeliveredV1Data } from '@aftersales/contracts-rma-inventory';
import { RmaEntity } from '../infrastructure/rma.entities';
import { rmaRef } from './rma-ref';

/** rma.delivered.v1: the return clock starts (R-RMA-3). */
export function rmaDeliveredData(r: RmaEntity): RmaDeliveredV1Data {
  return {
    ...rmaRef(r),
    serialDelivered: r.serialShipped,
    returnDueOn: r.returnDueOn,
    returnDueAt: r.returnDueAt?.toISOString() ?? null,
    deliveredAt: (r.deliveredAt as Date).toISOString(),
  };
}
