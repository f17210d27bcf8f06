import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { VisitView } from '../../visit.view';
import { EndVisitIncompleteCommand } from './end-visit-incomplete.command';
import { EndVisitIncompleteRequest } from './end-visit-incomplete.request';

@ApiTags('visits')
@Controller('v1')
export class EndVisitIncompleteHttpController {
  constructor(private readonly command: EndVisitIncompleteCommand) {}

  @Post('visits/:visitId/incomplete')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'R-DS-4, R-DS-5: end a visit without the repair: why, the next visit, any standby unit lent; emits work-order.visit-incomplete' })
  @ApiOkResponse({ description: 'The visit, ended incomplete' })
  @ApiProblems({
    400: 'An invalid id or body; DISPATCH.NEXT_VISIT_IN_PAST',
    403: 'DISPATCH.NOT_ASSIGNED_ENGINEER: an engineer records only their own order’s visits',
    404: 'DISPATCH.VISIT_NOT_FOUND',
    409: 'DISPATCH.VISIT_ENDED',
  })
  incomplete(@Param('visitId', new ParseUUIDPipe()) id: string, @Body() body: EndVisitIncompleteRequest, @CurrentUser() user: AuthUser): Promise<VisitView> {
    return this.command.execute(id, body, user);
  }
}
