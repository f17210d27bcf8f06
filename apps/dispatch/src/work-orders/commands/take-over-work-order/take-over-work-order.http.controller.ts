import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { WorkOrderView } from '../../work-order.view';
import { TakeOverWorkOrderCommand } from './take-over-work-order.command';

@ApiTags('work-orders')
@Controller('v1/work-orders')
export class TakeOverWorkOrderHttpController {
  constructor(private readonly command: TakeOverWorkOrderCommand) {}

  @Post(':id/take-over')
  @HttpCode(200)
  @Roles('engineer', 'expert')
  @ApiOperation({ summary: 'Any engineer can take over a work order (R-IN-6); emits work-order.assigned (takeover)' })
  @ApiOkResponse({ description: 'The work order, now the caller’s' })
  @ApiProblems({
    400: 'An invalid id',
    404: 'DISPATCH.WORK_ORDER_NOT_FOUND; DISPATCH.ENGINEER_NOT_FOUND: the caller is not an active engineer',
    409: 'DISPATCH.WORK_ORDER_CLOSED: completed or cancelled; DISPATCH.ALREADY_ASSIGNED: the order is the caller’s already',
  })
  takeOver(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<WorkOrderView> {
    return this.command.execute(id, user);
  }
}
