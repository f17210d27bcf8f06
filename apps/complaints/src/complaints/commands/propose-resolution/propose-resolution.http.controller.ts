import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ComplaintDetailView, ComplaintResponse } from '../../complaint.view';
import { ProposeResolutionCommand } from './propose-resolution.command';
import { ProposeResolutionRequest } from './propose-resolution.request';

@ApiTags('complaints')
@Controller('v1/complaints')
export class ProposeResolutionHttpController {
  constructor(private readonly command: ProposeResolutionCommand) {}

  @Post(':id/resolution')
  @HttpCode(200)
  @Roles('complaint-officer', 'manager', 'admin')
  @ApiOperation({ summary: 'Propose a resolution with any compensation and the root cause (R-CP-2, R-CP-6); emits aftersales.complaints.complaint.resolution-proposed.v1' })
  @ApiOkResponse({ type: ComplaintResponse.Output })
  @ApiConflictResponse({ description: 'COMPLAINTS.ILLEGAL_TRANSITION: the complaint is not being investigated' })
  propose(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ProposeResolutionRequest, @CurrentUser() user: AuthUser): Promise<ComplaintDetailView> {
    return this.command.execute(id, body, user);
  }
}
