import { RmaClock, RmaDeadlineMissedV1Data } from '@aftersales/contracts-rma-inventory';
import { RmaEntity } from '../infrastructure/rma.entities';
import { rmaRef } from './rma-ref';

/** rma.deadline-missed.v1: a review not done in 24 hours goes to the RMA manager (R-RMA-7). */
export function rmaDeadlineMissedData(r: RmaEntity, clock: RmaClock, dueAt: Date, now: Date): RmaDeadlineMissedV1Data {
  return { ...rmaRef(r), clock, dueAt: dueAt.toISOString(), escalatedTo: clock === 'review' ? 'rma-manager' : null, missedAt: now.toISOString() };
}
