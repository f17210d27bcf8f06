import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { WorkOrderView } from '../../work-order.view';
import { EscalateWorkOrderCommand } from './escalate-work-order.command';
import { EscalateWorkOrderRequest } from './escalate-work-order.request';

@ApiTags('work-orders')
@Controller('v1/work-orders')
export class EscalateWorkOrderHttpController {
  constructor(private readonly command: EscalateWorkOrderCommand) {}

  @Post(':id/escalate')
  @HttpCode(200)
  @Roles('engineer', 'manager', 'admin')
  @ApiOperation({ summary: 'Escalate to a technical expert: the best eligible expert takes it, or it waits in the queue for one' })
  @ApiOkResponse({ description: 'The work order, with an expert or queued for one' })
  @ApiProblems({
    400: 'An invalid id or body',
    403: 'DISPATCH.NOT_ASSIGNED_ENGINEER: an engineer escalates only their own order',
    404: 'DISPATCH.WORK_ORDER_NOT_FOUND',
    409: 'DISPATCH.WORK_ORDER_CLOSED: completed or cancelled; DISPATCH.ALREADY_ESCALATED: with the experts already',
  })
  escalate(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: EscalateWorkOrderRequest, @CurrentUser() user: AuthUser): Promise<WorkOrderView> {
    return this.command.execute(id, body, user);
  }
}
