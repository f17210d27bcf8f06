import { OrgUnitEntity } from './infrastructure/org-unit.entity';

export function toOrgUnitView(u: OrgUnitEntity) {
  return { code: u.code, name: u.name, kind: u.kind, regions: u.regions, neighbours: u.neighbours, manager: u.manager ?? null, updatedAt: u.updatedAt.toISOString() };
}

export type OrgUnitView = ReturnType<typeof toOrgUnitView>;
