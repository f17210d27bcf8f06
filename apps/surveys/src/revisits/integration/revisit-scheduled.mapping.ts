import { RevisitScheduledV1Data } from '@aftersales/contracts-surveys';
import { RevisitEntity } from '../infrastructure/revisit.entities';

/** revisit.scheduled.v1 (R-SV-2). */
export function revisitScheduledData(r: RevisitEntity): RevisitScheduledV1Data {
  return {
    revisitId: r.id,
    planCode: r.planCode,
    kind: r.kind,
    customerId: r.customerId,
    caseId: r.caseId,
    contractId: r.contractId,
    dueOn: r.dueOn,
    scheduledAt: r.createdAt.toISOString(),
  };
}
