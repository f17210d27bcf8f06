import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CASE_ENGINEER_ROLES, branchOfCase, holdersOf } from '../domain/directory';
import { CaseBranchEntity, OrgUnitEntity, PersonEntity, RoleAssignmentEntity } from './directory.entity';

export interface Resolution {
  people: PersonEntity[];
  unresolved: { kind: 'role' | 'user'; ref: string; reason: string }[];
  /** The case's branch the roles were looked for in; null: not known (platform-wide holders). */
  orgUnit: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class DirectoryRepository {
  /**
   * R-SLA-7: roles to the people who hold them at `at` in the case's branch (else platform-wide), the case's own
   * engineer for `engineer`, and named users to people (by person id, an external id such as dispatch's engineer id,
   * or login subject). What resolves to nobody is returned as unresolved, for the caller to record.
   */
  async resolve(m: EntityManager, request: { roles: readonly string[]; users: readonly string[]; caseId: string | null; at: Date }): Promise<Resolution> {
    const found = new Map<string, PersonEntity>();
    const unresolved: Resolution['unresolved'] = [];
    const where = request.caseId ? await m.getRepository(CaseBranchEntity).findOneBy({ caseId: request.caseId }) : null;
    const caseEngineer = where?.engineerId ? await this.byReference(m, where.engineerId) : null;
    const orgUnit = await this.branchOf(m, where, caseEngineer);
    const rosterRoles: string[] = [];
    for (const role of request.roles) {
      if (CASE_ENGINEER_ROLES.includes(role) && caseEngineer) found.set(caseEngineer.id, caseEngineer);
      else rosterRoles.push(role);
    }
    if (rosterRoles.length > 0) {
      // The holdings with their people, in one query; who holds the role when and where is the domain's rule.
      const holdings = (await m
        .getRepository(RoleAssignmentEntity)
        .createQueryBuilder('a')
        .innerJoinAndMapOne('a.person', PersonEntity, 'p', 'p.id = a.person_id')
        .where('a.role IN (:...roles)', { roles: rosterRoles })
        .getMany()) as (RoleAssignmentEntity & { person: PersonEntity })[];
      const holders = new Map(holdings.map((h) => [h.personId, h.person]));
      for (const role of rosterRoles) {
        const ids = holdersOf(holdings, role, orgUnit, request.at);
        const people = ids.map((id) => holders.get(id) as PersonEntity).filter((p) => p.active);
        if (people.length === 0) unresolved.push({ kind: 'role', ref: role, reason: this.nobody(role, orgUnit, request.at, CASE_ENGINEER_ROLES.includes(role)) });
        for (const person of people) found.set(person.id, person);
      }
    }
    for (const user of request.users) {
      const person = await this.byReference(m, user);
      if (person) found.set(person.id, person);
      else unresolved.push({ kind: 'user', ref: user, reason: `no person in the directory is ${user}` });
    }
    return { people: [...found.values()].sort((a, b) => a.id.localeCompare(b.id)), unresolved, orgUnit };
  }

  async byReference(m: EntityManager, ref: string): Promise<PersonEntity | null> {
    const qb = m.getRepository(PersonEntity).createQueryBuilder('p').where(':ref = ANY(p.external_ids)', { ref }).orWhere('p.auth_subject = :ref', { ref });
    if (UUID.test(ref)) qb.orWhere('p.id = :id', { id: ref });
    return (await qb.orderBy('p.id').getOne()) ?? null;
  }

  private async branchOf(m: EntityManager, where: CaseBranchEntity | null, engineer: PersonEntity | null): Promise<string | null> {
    if (!where) return null;
    const units = await m.getRepository(OrgUnitEntity).find({ select: { code: true, kind: true, regions: true } });
    return branchOfCase({ region: where.region, engineerOrgUnit: engineer?.orgUnit ?? null }, units);
  }

  private nobody(role: string, orgUnit: string | null, at: Date, caseEngineer: boolean): string {
    const scope = orgUnit ? `in ${orgUnit} or platform-wide` : "platform-wide (the case's branch is not known)";
    return `${caseEngineer ? 'no engineer is assigned to the case and ' : ''}nobody holds ${role} ${scope} at ${at.toISOString()}`;
  }
}
