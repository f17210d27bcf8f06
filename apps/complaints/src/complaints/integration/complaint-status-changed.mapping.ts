import { ComplaintNotify, ComplaintStatusChangedV1Data } from '@aftersales/contracts-complaints';
import { ComplaintStatus } from '../domain/complaint-lifecycle';
import { ComplaintEntity } from '../infrastructure/complaint.entity';
import { notifyOf } from './complaint-notify';

/** Who hears of a status change: the customer of every step they see, the officer of a reopened complaint too. */
const AUDIENCES: Partial<Record<ComplaintStatus, ComplaintNotify[number]['audience'][]>> = {
  acknowledged: ['customer'],
  'resolution-proposed': ['officer'],
  'awaiting-customer': ['customer'],
  resolved: ['officer'],
  reopened: ['officer', 'manager'],
};

export function complaintStatusChangedData(c: ComplaintEntity, change: { from: ComplaintStatus; reason: string | null; actor: string; at: Date }): ComplaintStatusChangedV1Data {
  return {
    complaintId: c.id,
    complaintNumber: c.complaintNumber,
    customerId: c.customerId,
    from: change.from,
    to: c.status,
    reason: change.reason,
    actor: change.actor,
    changedAt: change.at.toISOString(),
    notify: notifyOf(c, AUDIENCES[c.status] ?? []),
  };
}
