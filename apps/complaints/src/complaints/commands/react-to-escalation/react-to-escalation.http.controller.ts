import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ComplaintDetailView, ComplaintResponse } from '../../complaint.view';
import { ReactToEscalationCommand } from './react-to-escalation.command';
import { ReactToEscalationRequest } from './react-to-escalation.request';

@ApiTags('complaints')
@Controller('v1/complaints')
export class ReactToEscalationHttpController {
  constructor(private readonly command: ReactToEscalationCommand) {}

  @Post(':id/escalation-reactions')
  @HttpCode(200)
  @Roles('manager', 'admin')
  @ApiOperation({ summary: 'A level of the escalation ladder reacts to a missed deadline; by its reaction deadline, the next level is not told (R-CP-4)' })
  @ApiOkResponse({ type: ComplaintResponse.Output })
  @ApiConflictResponse({ description: 'COMPLAINTS.NO_ESCALATION_TO_REACT_TO: that level was not told, or reacted already' })
  react(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ReactToEscalationRequest, @CurrentUser() user: AuthUser): Promise<ComplaintDetailView> {
    return this.command.execute(id, body, user);
  }
}
