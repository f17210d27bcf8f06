import { RmaShippedV1Data } from '@aftersales/contracts-rma-inventory';
import { RmaEntity } from '../infrastructure/rma.entities';
import { rmaRef } from './rma-ref';

/** rma.shipped.v1 (R-RMA-2). */
export function rmaShippedData(r: RmaEntity, by: string): RmaShippedV1Data {
  const shippedAt = r.shippedAt as Date;
  return {
    ...rmaRef(r),
    warehouseCode: r.warehouseCode ?? '',
    partNumber: r.partNumber ?? '',
    serialShipped: r.serialShipped ?? '',
    carrier: r.carrier ?? '',
    trackingNumber: r.trackingNumber ?? '',
    shipBy: r.shipBy?.toISOString() ?? null,
    onTime: r.shipBy ? shippedAt.getTime() <= r.shipBy.getTime() : null,
    shippedBy: by,
    shippedAt: shippedAt.toISOString(),
  };
}
