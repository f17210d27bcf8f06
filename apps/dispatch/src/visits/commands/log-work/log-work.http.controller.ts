import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { VisitView } from '../../visit.view';
import { LogWorkCommand } from './log-work.command';
import { LogWorkRequest } from './log-work.request';

@ApiTags('visits')
@Controller('v1')
export class LogWorkHttpController {
  constructor(private readonly command: LogWorkCommand) {}

  @Post('visits/:visitId/work-log')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'R-DS-8: an entry of the repair log' })
  @ApiOkResponse({ description: 'The visit with the log entry' })
  @ApiProblems({
    400: 'An invalid id or body',
    403: 'DISPATCH.NOT_ASSIGNED_ENGINEER: an engineer records only their own order’s visits',
    404: 'DISPATCH.VISIT_NOT_FOUND',
    409: 'DISPATCH.VISIT_ENDED',
  })
  workLog(@Param('visitId', new ParseUUIDPipe()) id: string, @Body() body: LogWorkRequest, @CurrentUser() user: AuthUser): Promise<VisitView> {
    return this.command.execute(id, body, user);
  }
}
