import { ComplaintResolvedV1Data } from '@aftersales/contracts-complaints';
import { ComplaintEntity, ComplaintResolution } from '../infrastructure/complaint.entity';
import { notifyOf } from './complaint-notify';

/** For the ERP and CRM: what was done, the compensation, the root cause (R-CP-6) and whether the deadline held (R-CP-4). */
export function complaintResolvedData(c: ComplaintEntity, r: ComplaintResolution, resolvedAt: Date): ComplaintResolvedV1Data {
  return {
    complaintId: c.id,
    complaintNumber: c.complaintNumber,
    customerId: c.customerId,
    caseIds: c.caseIds,
    actionsTaken: r.actionsTaken,
    compensation: r.compensation,
    rootCause: r.rootCause,
    dueAt: c.dueAt.toISOString(),
    metDeadline: resolvedAt.getTime() <= c.dueAt.getTime(),
    resolvedAt: resolvedAt.toISOString(),
    notify: notifyOf(c, ['officer', 'manager']),
  };
}
