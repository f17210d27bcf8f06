import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { VisitView } from '../../visit.view';
import { ArriveOnSiteCommand } from './arrive-on-site.command';
import { ArriveOnSiteRequest } from './arrive-on-site.request';

@ApiTags('visits')
@Controller('v1')
export class ArriveOnSiteHttpController {
  constructor(private readonly command: ArriveOnSiteCommand) {}

  @Post('work-orders/:id/visits')
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'The engineer arrives on site (R-DS-4): opens a visit; the customer must have been called first' })
  @ApiCreatedResponse({ description: 'The visit opened' })
  @ApiProblems({
    400: 'An invalid id or body; DISPATCH.TIME_IN_FUTURE: arrivedAt in the future',
    403: 'DISPATCH.NOT_ASSIGNED_ENGINEER: an engineer records only their own order’s visits',
    404: 'DISPATCH.WORK_ORDER_NOT_FOUND',
    409: 'DISPATCH.REMOTE_FIRST (R-DS-2), DISPATCH.CONTACT_FIRST (R-DS-4), DISPATCH.VISIT_OPEN, DISPATCH.WORK_ORDER_CLOSED',
  })
  arrive(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ArriveOnSiteRequest, @CurrentUser() user: AuthUser): Promise<VisitView> {
    return this.command.execute(id, body, user);
  }
}
