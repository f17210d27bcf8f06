import { RmaClock, RmaDeadlineWarnedV1Data } from '@aftersales/contracts-rma-inventory';
import { RmaEntity } from '../infrastructure/rma.entities';
import { rmaRef } from './rma-ref';

/** rma.deadline-warned.v1 (R-RMA-2, R-RMA-4, R-RMA-7). */
export function rmaDeadlineWarnedData(r: RmaEntity, clock: RmaClock, dueAt: Date, now: Date): RmaDeadlineWarnedV1Data {
  return { ...rmaRef(r), clock, dueAt: dueAt.toISOString(), warnedAt: now.toISOString() };
}
