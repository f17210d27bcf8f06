import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { RoleAssignmentListResponse, RoleAssignmentView } from '../../directory.view';
import { ListRoleAssignmentsQuery } from './list-role-assignments.query';
import { ListRoleAssignmentsRequest } from './list-role-assignments.request';

@ApiTags('directory')
@Controller('v1/directory/role-assignments')
export class ListRoleAssignmentsHttpController {
  constructor(private readonly query: ListRoleAssignmentsQuery) {}

  @Get()
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'The on-call roster: role assignments, by role and start, optionally those valid at a time' })
  @ApiOkResponse({ type: RoleAssignmentListResponse.Output })
  @ApiBadRequestResponse({ description: 'Invalid query (problem+json)' })
  list(@Query() query: ListRoleAssignmentsRequest): Promise<{ items: RoleAssignmentView[] }> {
    return this.query.execute(query);
  }
}
