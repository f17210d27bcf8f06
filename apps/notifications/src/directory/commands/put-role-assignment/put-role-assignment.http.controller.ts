import { Body, Controller, Param, ParseUUIDPipe, Put, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { RoleAssignmentResponse, RoleAssignmentView } from '../../directory.view';
import { PutRoleAssignmentCommand } from './put-role-assignment.command';
import { PutRoleAssignmentRequest } from './put-role-assignment.request';

@ApiTags('directory')
@Controller('v1/directory/role-assignments')
export class PutRoleAssignmentHttpController {
  constructor(private readonly command: PutRoleAssignmentCommand) {}

  @Put(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Create or replace an on-call roster entry: who holds a role in an org unit (or platform-wide), from when to when (R-SLA-7)' })
  @ApiOkResponse({ type: RoleAssignmentResponse.Output })
  @ApiBadRequestResponse({ description: 'Invalid body or id (problem+json); nothing changes' })
  @ApiUnprocessableEntityResponse({ description: 'The person is not in the directory' })
  async put(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: PutRoleAssignmentRequest,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<RoleAssignmentView> {
    const result = await this.command.execute(id, body);
    reply.status(result.status);
    return result.body;
  }
}
