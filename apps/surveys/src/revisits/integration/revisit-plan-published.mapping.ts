import { RevisitPlanPublishedV1Data } from '@aftersales/contracts-surveys';
import { RevisitPlanEntity } from '../infrastructure/revisit.entities';

/** revisit-plan.published.v1 (R-SV-2). */
export function revisitPlanPublishedData(p: RevisitPlanEntity): RevisitPlanPublishedV1Data {
  return { code: p.code, version: p.version, kind: p.definition.kind, active: p.definition.active, publishedBy: p.createdBy, publishedAt: p.createdAt.toISOString() };
}
