import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { RemoteSessionView } from '../../remote-session.view';
import { StartRemoteSessionCommand } from './start-remote-session.command';
import { StartRemoteSessionRequest } from './start-remote-session.request';

@ApiTags('remote-sessions')
@Controller('v1')
export class StartRemoteSessionHttpController {
  constructor(private readonly command: StartRemoteSessionCommand) {}

  @Post('work-orders/:id/remote-sessions')
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'Start a remote session with the customer’s consent (R-DS-1)' })
  @ApiCreatedResponse({ description: 'The started session' })
  @ApiProblems({
    400: 'An invalid id or body; DISPATCH.TIME_IN_FUTURE, DISPATCH.CONSENT_AFTER_START: the consent’s time',
    403: 'DISPATCH.NOT_ASSIGNED_ENGINEER: an engineer runs sessions only on their own orders',
    404: 'DISPATCH.WORK_ORDER_NOT_FOUND',
    409: 'DISPATCH.REMOTE_SESSION_OPEN: one at a time; DISPATCH.WORK_ORDER_NOT_OPEN',
  })
  start(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: StartRemoteSessionRequest, @CurrentUser() user: AuthUser): Promise<RemoteSessionView> {
    return this.command.execute(id, body, user);
  }
}
