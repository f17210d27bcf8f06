import { RmaUnitReceivedV1Data } from '@aftersales/contracts-rma-inventory';
import { RmaEntity } from '../infrastructure/rma.entities';
import { rmaRef } from './rma-ref';

/** rma.unit-received.v1 (R-RMA-3, R-RMA-4, R-RMA-7). */
export function rmaUnitReceivedData(r: RmaEntity, serialReceived: string, by: string): RmaUnitReceivedV1Data {
  const receivedAt = r.receivedAt as Date;
  return {
    ...rmaRef(r),
    serialReceived,
    warehouseCode: r.receivedWarehouse ?? '',
    late: r.returnDueAt ? receivedAt.getTime() > r.returnDueAt.getTime() : false,
    turnaroundDueAt: r.turnaroundDueAt?.toISOString() ?? null,
    receivedBy: by,
    receivedAt: receivedAt.toISOString(),
  };
}
