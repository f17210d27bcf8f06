import { RmaSerialSwappedV1Data } from '@aftersales/contracts-rma-inventory';
import { RmaEntity } from '../infrastructure/rma.entities';
import { rmaRef } from './rma-ref';

/** rma.serial-swapped.v1: the installed base follows the swap (R-RMA-2, R-WA-3, R-WA-4). */
export function rmaSerialSwappedData(r: RmaEntity, at: Date): RmaSerialSwappedV1Data {
  return {
    ...rmaRef(r),
    customerId: r.customerId,
    productModel: r.productModel,
    faultySerial: r.serialNumber,
    replacementSerial: r.serialShipped as string,
    swappedAt: at.toISOString(),
  };
}
