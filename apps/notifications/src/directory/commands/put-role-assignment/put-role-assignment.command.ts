import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assignmentPersonUnknown } from '../../directory.errors';
import { RoleAssignmentView, toRoleAssignmentView } from '../../directory.view';
import { PersonEntity, RoleAssignmentEntity } from '../../infrastructure/directory.entity';
import { PutRoleAssignmentRequest } from './put-role-assignment.request';

/** Creates or replaces one entry of the on-call roster: who holds a role, where, from when to when (R-SLA-7). */
@Injectable()
export class PutRoleAssignmentCommand {
  constructor(private readonly dataSource: DataSource) {}

  execute(id: string, request: PutRoleAssignmentRequest): Promise<{ status: 200 | 201; body: RoleAssignmentView }> {
    return this.dataSource.transaction(async (m) => {
      if (!(await m.getRepository(PersonEntity).existsBy({ id: request.personId }))) throw assignmentPersonUnknown(request.personId);
      const repo = m.getRepository(RoleAssignmentEntity);
      const existed = await repo.existsBy({ id });
      const assignment = repo.create({
        id,
        role: request.role,
        orgUnit: request.orgUnit,
        personId: request.personId,
        validFrom: new Date(request.validFrom),
        validUntil: request.validUntil ? new Date(request.validUntil) : null,
        updatedAt: new Date(),
      });
      await repo.save(assignment);
      return { status: existed ? 200 : 201, body: toRoleAssignmentView(assignment) };
    });
  }
}
