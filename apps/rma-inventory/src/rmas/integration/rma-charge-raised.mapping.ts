import { RmaChargeRaisedV1Data } from '@aftersales/contracts-rma-inventory';
import { RmaEntity } from '../infrastructure/rma.entities';
import { returnRef } from './rma-ref';

/** rma.charge-raised.v1: for billing (R-RMA-3). */
export function rmaChargeRaisedData(r: RmaEntity, cost: { amountMinor: number; currency: string } | null, now: Date): RmaChargeRaisedV1Data {
  return { ...returnRef(r), partNumber: r.partNumber, amountMinor: cost?.amountMinor ?? null, currency: cost?.currency ?? null, raisedAt: now.toISOString() };
}
