import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { CaseResponse, CaseView } from '../../case.view';
import { ChangePriorityCommand } from './change-priority.command';
import { ChangePriorityRequest } from './change-priority.request';

@ApiTags('cases')
@Controller('v1/cases')
export class ChangePriorityHttpController {
  constructor(private readonly command: ChangePriorityCommand) {}

  @Post(':id/priority')
  @HttpCode(200)
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({
    summary: 'Change the priority of a case with a reason (R-IN-5); emits aftersales.intake.case.priority-changed.v1',
    description: 'The SLA deadlines are recomputed under the new priority. A closed case is a 409; a stale `version` is a 409 INTAKE.VERSION_CONFLICT.',
  })
  @ApiOkResponse({ type: CaseResponse.Output })
  change(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ChangePriorityRequest, @CurrentUser() user: AuthUser): Promise<CaseView> {
    return this.command.execute(id, body, user);
  }
}
