import { RmaReturnRemindedV1Data } from '@aftersales/contracts-rma-inventory';
import { RmaEntity } from '../infrastructure/rma.entities';
import { returnRef } from './rma-ref';

/** rma.return-reminded.v1 (R-RMA-3). */
export function rmaReturnRemindedData(r: RmaEntity, now: Date): RmaReturnRemindedV1Data {
  return { ...returnRef(r), remindedAt: now.toISOString() };
}
