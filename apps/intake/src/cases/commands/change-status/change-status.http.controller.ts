import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { CaseResponse, CaseView } from '../../case.view';
import { ChangeStatusCommand } from './change-status.command';
import { ChangeStatusRequest } from './change-status.request';

@ApiTags('cases')
@Controller('v1/cases')
export class ChangeStatusHttpController {
  constructor(private readonly command: ChangeStatusCommand) {}

  @Post(':id/status')
  @HttpCode(200)
  @Roles('customer', 'agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({
    summary: 'Move a case along its lifecycle (R-IN-7); emits aftersales.intake.case.status-changed.v1 (and case.resolved.v1 / case.closed.v1)',
    description:
      'new -> acknowledged | in-progress | waiting-on-customer | resolved; acknowledged -> in-progress | waiting-on-customer | waiting-on-parts | resolved; ' +
      'in-progress -> waiting-on-customer | waiting-on-parts | resolved; waiting-on-* -> in-progress (resume) | resolved; ' +
      'resolved -> closed (the customer confirms) | in-progress (the customer rejects, with a reason); closed -> reopened (with a reason, ' +
      'within CASE_REOPEN_WINDOW_DAYS); reopened -> acknowledged | in-progress | resolved. An illegal change is a 409 listing the allowed ' +
      'statuses; a stale `version` is a 409 INTAKE.VERSION_CONFLICT. Customers may only confirm, reject and reopen their own cases (R-IN-8). ' +
      'Status changes and their reasons are public in the activity log: put staff-only remarks in an internal note.',
  })
  @ApiOkResponse({ type: CaseResponse.Output })
  change(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ChangeStatusRequest, @CurrentUser() user: AuthUser): Promise<CaseView> {
    return this.command.execute(id, body, user);
  }
}
