import { ComplaintOpenedV1Data } from '@aftersales/contracts-complaints';
import { ComplaintEntity } from '../infrastructure/complaint.entity';
import { notifyOf } from './complaint-notify';

/** The integration event of a newly registered complaint, whatever its channel. No contact details (R-IN-8). */
export function complaintOpenedData(c: ComplaintEntity): ComplaintOpenedV1Data {
  return {
    complaintId: c.id,
    complaintNumber: c.complaintNumber,
    customerId: c.customerId,
    caseIds: c.caseIds,
    source: c.source,
    summary: c.summary,
    dueAt: c.dueAt.toISOString(),
    openedAt: c.openedAt.toISOString(),
    acknowledgeBy: c.acknowledgeBy.toISOString(),
    severity: c.severity,
    brokenCommitment: c.judgement.commitment,
    surveyId: c.surveyId,
    repeatComplainant: c.repeatComplainant,
    notify: notifyOf(c, ['officer']),
  };
}
