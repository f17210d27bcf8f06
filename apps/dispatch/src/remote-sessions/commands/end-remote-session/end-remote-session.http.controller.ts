import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { RemoteSessionView } from '../../remote-session.view';
import { EndRemoteSessionCommand } from './end-remote-session.command';
import { EndRemoteSessionRequest } from './end-remote-session.request';

@ApiTags('remote-sessions')
@Controller('v1')
export class EndRemoteSessionHttpController {
  constructor(private readonly command: EndRemoteSessionCommand) {}

  @Post('remote-sessions/:id/end')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'End a remote session with its outcome; needs-on-site or needs-parts turns the order on-site (R-DS-2); emits work-order.remote-session-ended' })
  @ApiOkResponse({ description: 'The ended session' })
  @ApiProblems({
    400: 'An invalid id or body',
    403: 'DISPATCH.NOT_ASSIGNED_ENGINEER: an engineer runs sessions only on their own orders',
    404: 'DISPATCH.REMOTE_SESSION_NOT_FOUND',
    409: 'DISPATCH.REMOTE_SESSION_ENDED',
  })
  end(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: EndRemoteSessionRequest, @CurrentUser() user: AuthUser): Promise<RemoteSessionView> {
    return this.command.execute(id, body, user);
  }
}
