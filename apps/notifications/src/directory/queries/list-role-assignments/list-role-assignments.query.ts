import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RoleAssignmentView, toRoleAssignmentView } from '../../directory.view';
import { RoleAssignmentEntity } from '../../infrastructure/directory.entity';
import { ListRoleAssignmentsRequest } from './list-role-assignments.request';

/** The roster, by role and start; small enough (people x roles) to list without pages. */
@Injectable()
export class ListRoleAssignmentsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(q: ListRoleAssignmentsRequest): Promise<{ items: RoleAssignmentView[] }> {
    const qb = this.dataSource.getRepository(RoleAssignmentEntity).createQueryBuilder('a');
    if (q.role) qb.andWhere('a.role = :role', { role: q.role });
    if (q.personId) qb.andWhere('a.person_id = :personId', { personId: q.personId });
    if (q.at) qb.andWhere('a.valid_from <= :at AND (a.valid_until IS NULL OR a.valid_until > :at)', { at: q.at });
    const rows = await qb.orderBy('a.role').addOrderBy('a.valid_from').addOrderBy('a.id').limit(1000).getMany();
    return { items: rows.map(toRoleAssignmentView) };
  }
}
