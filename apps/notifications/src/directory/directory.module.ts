import { Module } from '@nestjs/common';
import { ProjectDispatchCommand } from './commands/project-dispatch/project-dispatch.command';
import { PutPersonCommand } from './commands/put-person/put-person.command';
import { PutPersonHttpController } from './commands/put-person/put-person.http.controller';
import { PutRoleAssignmentCommand } from './commands/put-role-assignment/put-role-assignment.command';
import { PutRoleAssignmentHttpController } from './commands/put-role-assignment/put-role-assignment.http.controller';
import { DirectoryRepository } from './infrastructure/directory.repository';
import { OnDispatchDirectoryHandler } from './integration/on-dispatch-directory.handler';
import { GetPersonHttpController } from './queries/get-person/get-person.http.controller';
import { GetPersonQuery } from './queries/get-person/get-person.query';
import { ListRoleAssignmentsHttpController } from './queries/list-role-assignments/list-role-assignments.http.controller';
import { ListRoleAssignmentsQuery } from './queries/list-role-assignments/list-role-assignments.query';

@Module({
  controllers: [PutPersonHttpController, GetPersonHttpController, PutRoleAssignmentHttpController, ListRoleAssignmentsHttpController],
  providers: [DirectoryRepository, ProjectDispatchCommand, OnDispatchDirectoryHandler, PutPersonCommand, PutRoleAssignmentCommand, GetPersonQuery, ListRoleAssignmentsQuery],
  exports: [DirectoryRepository],
})
export class DirectoryModule {}
