import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { VisitView } from '../../visit.view';
import { CompleteVisitCommand } from './complete-visit.command';
import { CompleteVisitRequest } from './complete-visit.request';

@ApiTags('visits')
@Controller('v1')
export class CompleteVisitHttpController {
  constructor(private readonly command: CompleteVisitCommand) {}

  @Post('visits/:visitId/complete')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'Complete the work order on this signed-off visit; emits work-order.completed with the parts used on every visit' })
  @ApiOkResponse({ description: 'The completed visit' })
  @ApiProblems({
    400: 'An invalid id or body',
    403: 'DISPATCH.NOT_ASSIGNED_ENGINEER: an engineer records only their own order’s visits',
    404: 'DISPATCH.VISIT_NOT_FOUND',
    409: 'DISPATCH.VISIT_ENDED, DISPATCH.SIGN_OFF_REQUIRED (R-DS-4), DISPATCH.ILLEGAL_TRANSITION',
  })
  complete(@Param('visitId', new ParseUUIDPipe()) id: string, @Body() body: CompleteVisitRequest, @CurrentUser() user: AuthUser): Promise<VisitView> {
    return this.command.execute(id, body, user);
  }
}
