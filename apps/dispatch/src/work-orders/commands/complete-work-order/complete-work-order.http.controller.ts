import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { WorkOrderView } from '../../work-order.view';
import { CompleteWorkOrderCommand } from './complete-work-order.command';
import { CompleteWorkOrderRequest } from './complete-work-order.request';

@ApiTags('work-orders')
@Controller('v1/work-orders')
export class CompleteWorkOrderHttpController {
  constructor(private readonly command: CompleteWorkOrderCommand) {}

  @Post(':id/complete')
  @HttpCode(200)
  @Roles('engineer', 'manager', 'admin')
  @ApiOperation({ summary: 'Complete a work order with the parts used; emits aftersales.dispatch.work-order.completed.v1' })
  @ApiOkResponse({ description: 'The completed work order' })
  @ApiProblems({
    400: 'An invalid id or body',
    403: 'DISPATCH.NOT_ASSIGNED_ENGINEER: an engineer completes only their own order',
    404: 'DISPATCH.WORK_ORDER_NOT_FOUND',
    409: 'DISPATCH.VISIT_OPEN: an open visit completes with its sign-off; DISPATCH.ILLEGAL_TRANSITION; DISPATCH.NOT_ASSIGNED: no engineer',
  })
  complete(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: CompleteWorkOrderRequest, @CurrentUser() user: AuthUser): Promise<WorkOrderView> {
    return this.command.execute(id, body, user);
  }
}
