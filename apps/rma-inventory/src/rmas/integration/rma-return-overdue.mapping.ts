import { RmaReturnOverdueV1Data } from '@aftersales/contracts-rma-inventory';
import { RmaEntity } from '../infrastructure/rma.entities';
import { returnRef } from './rma-ref';

/** rma.return-overdue.v1 (R-RMA-3). */
export function rmaReturnOverdueData(r: RmaEntity, now: Date): RmaReturnOverdueV1Data {
  return { ...returnRef(r), overdueAt: now.toISOString() };
}
