import { CustomerComplaintStandingChangedV1Data } from '@aftersales/contracts-complaints';
import { ComplaintStanding } from '../domain/complaint.policy';

/** R-CP-5: the customer's standing as intake keeps it. */
export function customerComplaintStandingChangedData(customerId: string, s: ComplaintStanding, at: Date): CustomerComplaintStandingChangedV1Data {
  return {
    customerId,
    complainedBefore: s.complainedBefore,
    complaintCount: s.complaintCount,
    openComplaints: s.openComplaints,
    lastComplaintId: s.lastComplaintId,
    lastComplaintAt: s.lastComplaintAt?.toISOString() ?? null,
    changedAt: at.toISOString(),
  };
}
