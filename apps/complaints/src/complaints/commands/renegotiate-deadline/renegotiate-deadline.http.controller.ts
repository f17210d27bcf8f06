import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ComplaintDetailView, ComplaintResponse } from '../../complaint.view';
import { RenegotiateDeadlineCommand } from './renegotiate-deadline.command';
import { RenegotiateDeadlineRequest } from './renegotiate-deadline.request';

@ApiTags('complaints')
@Controller('v1/complaints')
export class RenegotiateDeadlineHttpController {
  constructor(private readonly command: RenegotiateDeadlineCommand) {}

  @Post(':id/deadline')
  @HttpCode(200)
  @Roles('complaint-officer', 'manager', 'admin')
  @ApiOperation({ summary: 'Record a handling deadline agreed anew with the complainant, with why; the timers move (R-CP-4); emits aftersales.complaints.complaint.deadline-renegotiated.v1' })
  @ApiOkResponse({ type: ComplaintResponse.Output })
  @ApiConflictResponse({ description: 'The complaint is resolved or closed' })
  @ApiUnprocessableEntityResponse({ description: 'The new deadline is not ahead' })
  renegotiate(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RenegotiateDeadlineRequest, @CurrentUser() user: AuthUser): Promise<ComplaintDetailView> {
    return this.command.execute(id, body, user);
  }
}
