import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ComplaintDetailView, ComplaintResponse } from '../../complaint.view';
import { ChangeStatusCommand } from './change-status.command';
import { ChangeStatusRequest } from './change-status.request';

@ApiTags('complaints')
@Controller('v1/complaints')
export class ChangeStatusHttpController {
  constructor(private readonly command: ChangeStatusCommand) {}

  @Post(':id/transitions')
  @HttpCode(200)
  @Roles('complaint-officer', 'manager', 'admin')
  @ApiOperation({
    summary: 'Acknowledge, investigate, close or reopen a complaint (R-CP-2, R-CP-4); emits aftersales.complaints.complaint.status-changed.v1 (and complaint.closed.v1)',
  })
  @ApiOkResponse({ type: ComplaintResponse.Output })
  @ApiConflictResponse({ description: 'COMPLAINTS.ILLEGAL_TRANSITION: not allowed from the current status; `allowed` lists what is' })
  change(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ChangeStatusRequest, @CurrentUser() user: AuthUser): Promise<ComplaintDetailView> {
    return this.command.execute(id, body, user);
  }
}
