import { OrgUnitChangedV1Data } from '@aftersales/contracts-dispatch';
import { OrgUnitEntity } from '../infrastructure/org-unit.entity';

/** R-DS-3: the whole saved unit, with its response-center manager for the notifier (R-SLA-7). */
export function orgUnitChangedData(u: OrgUnitEntity, at: Date): OrgUnitChangedV1Data {
  return {
    code: u.code,
    name: u.name,
    kind: u.kind,
    regions: u.regions,
    neighbours: u.neighbours,
    manager: u.manager ?? null,
    changedAt: at.toISOString(),
  };
}
