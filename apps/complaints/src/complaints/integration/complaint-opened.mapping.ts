import { ComplaintOpenedV1Data } from '@aftersales/contracts-complaints';
import { ComplaintEntity } from '../infrastructure/complaint.entity';

/** The integration event of a newly registered complaint, whatever its channel. */
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
  };
}
