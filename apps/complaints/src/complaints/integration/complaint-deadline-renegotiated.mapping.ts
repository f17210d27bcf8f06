import { ComplaintDeadlineRenegotiatedV1Data } from '@aftersales/contracts-complaints';
import { ComplaintEntity } from '../infrastructure/complaint.entity';
import { notifyOf } from './complaint-notify';

/** R-CP-4: the deadline agreed anew with the complainant, and why. */
export function complaintDeadlineRenegotiatedData(c: ComplaintEntity, change: { previousDueAt: Date; reason: string; actor: string; at: Date }): ComplaintDeadlineRenegotiatedV1Data {
  return {
    complaintId: c.id,
    complaintNumber: c.complaintNumber,
    previousDueAt: change.previousDueAt.toISOString(),
    dueAt: c.dueAt.toISOString(),
    reason: change.reason,
    actor: change.actor,
    renegotiatedAt: change.at.toISOString(),
    notify: notifyOf(c, ['customer', 'manager']),
  };
}
