import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { WorkOrderView } from '../../work-order.view';
import { AssignWorkOrderCommand } from './assign-work-order.command';
import { AssignWorkOrderRequest } from './assign-work-order.request';

@ApiTags('work-orders')
@Controller('v1/work-orders')
export class AssignWorkOrderHttpController {
  constructor(private readonly command: AssignWorkOrderCommand) {}

  @Post(':id/assign')
  @HttpCode(200)
  @Roles('manager', 'admin')
  @ApiOperation({ summary: 'Assign or reassign a work order to a named engineer (manager override of capacity); emits work-order.assigned' })
  @ApiOkResponse({ description: 'The work order, assigned' })
  @ApiProblems({
    400: 'An invalid id or body',
    404: 'DISPATCH.WORK_ORDER_NOT_FOUND; DISPATCH.ENGINEER_NOT_FOUND: no such active engineer',
    409: 'DISPATCH.WORK_ORDER_CLOSED: completed or cancelled; DISPATCH.ALREADY_ASSIGNED: to this engineer already',
  })
  assign(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: AssignWorkOrderRequest, @CurrentUser() user: AuthUser): Promise<WorkOrderView> {
    return this.command.execute(id, body, user);
  }
}
