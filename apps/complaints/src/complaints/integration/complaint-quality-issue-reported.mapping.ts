import { ComplaintQualityIssueReportedV1Data } from '@aftersales/contracts-complaints';
import { ComplaintEntity, ComplaintResolution } from '../infrastructure/complaint.entity';

/** R-CP-6: a product-quality cause goes back to the technical center. */
export function complaintQualityIssueReportedData(c: ComplaintEntity, r: ComplaintResolution, at: Date): ComplaintQualityIssueReportedV1Data {
  return {
    complaintId: c.id,
    complaintNumber: c.complaintNumber,
    productModel: c.productModel,
    serialNumber: c.serialNumber,
    fault: c.fault,
    rootCauseDetail: r.rootCauseDetail,
    caseIds: c.caseIds,
    reportedAt: at.toISOString(),
    notify: [{ audience: 'technical-center', userId: null }],
  };
}
