import { RevisitFaultReportedV1Data } from '@aftersales/contracts-surveys';
import { NewProblem, RevisitEntity } from '../infrastructure/revisit.entities';

/** revisit.fault-reported.v1: a fault found on a revisit, for intake to open a case (R-SV-2, R-SV-3). */
export function revisitFaultReportedData(r: RevisitEntity, p: NewProblem): RevisitFaultReportedV1Data {
  return {
    faultId: p.faultId as string,
    revisitId: r.id,
    customerId: r.customerId,
    caseId: r.caseId,
    productModel: r.productModel,
    serialNumber: r.serialNumber,
    description: p.description,
    reportedBy: r.completedBy as string,
    reportedAt: (r.completedAt as Date).toISOString(),
  };
}
