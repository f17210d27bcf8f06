import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { holdersOf } from '../domain/directory';
import { PersonEntity, RoleAssignmentEntity } from './directory.entity';

export interface Resolution {
  people: PersonEntity[];
  unresolved: { kind: 'role' | 'user'; ref: string; reason: string }[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class DirectoryRepository {
  /**
   * R-SLA-7: roles to the people who hold them at `at` (in `orgUnit`, else platform-wide) and named users to people
   * (by person id, an external id such as dispatch's engineer id, or login subject). What resolves to nobody is
   * returned as unresolved, for the caller to record.
   */
  async resolve(m: EntityManager, request: { roles: readonly string[]; users: readonly string[]; orgUnit: string | null; at: Date }): Promise<Resolution> {
    const found = new Map<string, PersonEntity>();
    const unresolved: Resolution['unresolved'] = [];
    if (request.roles.length > 0) {
      const holdings = await m.getRepository(RoleAssignmentEntity).createQueryBuilder('a').where('a.role IN (:...roles)', { roles: [...request.roles] }).getMany();
      for (const role of request.roles) {
        const ids = holdersOf(holdings, role, request.orgUnit, request.at);
        if (ids.length === 0) unresolved.push({ kind: 'role', ref: role, reason: `nobody holds ${role}${request.orgUnit ? ` in ${request.orgUnit}` : ''} at ${request.at.toISOString()}` });
        for (const person of await this.byIds(m, ids)) found.set(person.id, person);
      }
    }
    for (const user of request.users) {
      const person = await this.byReference(m, user);
      if (person) found.set(person.id, person);
      else unresolved.push({ kind: 'user', ref: user, reason: `no person in the directory is ${user}` });
    }
    return { people: [...found.values()].sort((a, b) => a.id.localeCompare(b.id)), unresolved };
  }

  async byReference(m: EntityManager, ref: string): Promise<PersonEntity | null> {
    const qb = m.getRepository(PersonEntity).createQueryBuilder('p').where(':ref = ANY(p.external_ids)', { ref }).orWhere('p.auth_subject = :ref', { ref });
    if (UUID.test(ref)) qb.orWhere('p.id = :id', { id: ref });
    return (await qb.orderBy('p.id').getOne()) ?? null;
  }

  private byIds(m: EntityManager, ids: string[]): Promise<PersonEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : m.getRepository(PersonEntity).createQueryBuilder('p').where('p.id IN (:...ids)', { ids }).getMany();
  }
}
