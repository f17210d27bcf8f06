import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ComplaintDetailView, ComplaintResponse } from '../../complaint.view';
import { DecideCompensationCommand } from './decide-compensation.command';
import { DecideCompensationRequest } from './decide-compensation.request';

@ApiTags('complaints')
@Controller('v1/complaints')
export class DecideCompensationHttpController {
  constructor(private readonly command: DecideCompensationCommand) {}

  @Post(':id/compensation-decision')
  @HttpCode(200)
  @Roles('manager', 'admin')
  @ApiOperation({ summary: 'Approve or refuse a compensation above the approval amount; emits aftersales.complaints.complaint.compensation-decided.v1' })
  @ApiOkResponse({ type: ComplaintResponse.Output })
  @ApiConflictResponse({ description: 'COMPLAINTS.NO_APPROVAL_PENDING: nothing waits for approval' })
  decide(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: DecideCompensationRequest, @CurrentUser() user: AuthUser): Promise<ComplaintDetailView> {
    return this.command.execute(id, body, user);
  }
}
