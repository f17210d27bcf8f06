import { RevisitCompletedV1Data } from '@aftersales/contracts-surveys';
import { RevisitEntity } from '../infrastructure/revisit.entities';

/** revisit.completed.v1: the outcome of a revisit that reached the customer (R-SV-2). */
export function revisitCompletedData(r: RevisitEntity): RevisitCompletedV1Data {
  return {
    revisitId: r.id,
    kind: r.kind,
    customerId: r.customerId,
    caseId: r.caseId,
    contractId: r.contractId,
    findings: r.findings,
    satisfaction: r.satisfaction,
    newProblems: r.newProblems.map((p) => ({ description: p.description, fault: p.fault })),
    completedBy: r.completedBy as string,
    completedAt: (r.completedAt as Date).toISOString(),
  };
}
