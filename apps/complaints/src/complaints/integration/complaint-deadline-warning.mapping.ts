import { ComplaintDeadlineWarningV1Data } from '@aftersales/contracts-complaints';
import { DeadlineKind } from '../domain/complaint-deadlines';
import { ComplaintEntity } from '../infrastructure/complaint.entity';
import { notifyOf } from './complaint-notify';

/** R-CP-4: the officer is warned before a deadline. */
export function complaintDeadlineWarningData(c: ComplaintEntity, deadline: DeadlineKind, dueAt: Date, warnedAt: Date): ComplaintDeadlineWarningV1Data {
  return { complaintId: c.id, complaintNumber: c.complaintNumber, deadline, dueAt: dueAt.toISOString(), warnedAt: warnedAt.toISOString(), notify: notifyOf(c, ['officer']) };
}
