import { ComplaintResolutionProposedV1Data } from '@aftersales/contracts-complaints';
import { ComplaintEntity, ComplaintResolution } from '../infrastructure/complaint.entity';
import { notifyOf } from './complaint-notify';

/** The proposed resolution; one needing approval is the manager's to decide. */
export function complaintResolutionProposedData(c: ComplaintEntity, r: ComplaintResolution): ComplaintResolutionProposedV1Data {
  return {
    complaintId: c.id,
    complaintNumber: c.complaintNumber,
    actionsTaken: r.actionsTaken,
    compensation: r.compensation,
    approvalRequired: r.approvalRequired,
    rootCause: r.rootCause,
    proposedAt: r.proposedAt,
    actor: r.proposedBy,
    notify: notifyOf(c, r.approvalRequired ? ['manager'] : []),
  };
}
