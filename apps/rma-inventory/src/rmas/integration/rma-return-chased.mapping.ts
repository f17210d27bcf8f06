import { RmaReturnChasedV1Data } from '@aftersales/contracts-rma-inventory';
import { RmaEntity } from '../infrastructure/rma.entities';
import { returnRef } from './rma-ref';

/** rma.return-chased.v1: chaser `n` of `of` (R-RMA-3). */
export function rmaReturnChasedData(r: RmaEntity, n: number, of: number, now: Date): RmaReturnChasedV1Data {
  return { ...returnRef(r), chaser: n, of, chasedAt: now.toISOString() };
}
