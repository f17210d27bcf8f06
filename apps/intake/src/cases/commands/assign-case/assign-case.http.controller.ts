import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { CaseResponse, CaseView } from '../../case.view';
import { AssignCaseCommand } from './assign-case.command';
import { AssignCaseRequest, TakeOverCaseRequest } from './assign-case.request';

@ApiTags('cases')
@Controller('v1/cases')
export class AssignCaseHttpController {
  constructor(private readonly command: AssignCaseCommand) {}

  @Post(':id/assignment')
  @HttpCode(200)
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({
    summary: 'Assign a case to an engineer; emits aftersales.intake.case.assigned.v1',
    description: 'Logged (internal) with actor and time. A closed case is a 409; a stale `version` is a 409 INTAKE.VERSION_CONFLICT.',
  })
  @ApiOkResponse({ type: CaseResponse.Output })
  assign(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: AssignCaseRequest, @CurrentUser() user: AuthUser): Promise<CaseView> {
    return this.command.execute(id, { ...body, takeover: false }, user);
  }

  @Post(':id/takeover')
  @HttpCode(200)
  @Roles('engineer', 'expert')
  @ApiOperation({
    summary: 'Take a case over: any engineer may (R-IN-6); emits aftersales.intake.case.assigned.v1 with takeover true',
    description: 'The case is assigned to the caller. Two engineers taking over the same version: the second gets a 409 INTAKE.VERSION_CONFLICT.',
  })
  @ApiOkResponse({ type: CaseResponse.Output })
  takeOver(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: TakeOverCaseRequest, @CurrentUser() user: AuthUser): Promise<CaseView> {
    return this.command.execute(id, { ...body, assigneeId: user.sub, takeover: true }, user);
  }
}
