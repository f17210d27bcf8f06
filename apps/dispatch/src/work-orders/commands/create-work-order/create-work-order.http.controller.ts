import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { WorkOrderView } from '../../work-order.view';
import { CreateWorkOrderCommand } from './create-work-order.command';
import { CreateWorkOrderRequest } from './create-work-order.request';

@ApiTags('work-orders')
@Controller('v1/work-orders')
export class CreateWorkOrderHttpController {
  constructor(private readonly command: CreateWorkOrderCommand) {}

  @Post()
  @Roles('agent', 'manager', 'admin')
  @ApiOperation({ summary: 'Create a work order by hand for a case; assigned at once or queued (R-DS-3); emits work-order.assigned or work-order.queued' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  @ApiCreatedResponse({ description: 'The new work order, assigned or queued (a retry with the same Idempotency-Key gets the first answer)' })
  @ApiProblems({
    400: 'An invalid body or Idempotency-Key',
    409: 'DISPATCH.CASE_HAS_WORK_ORDER: the case already has a work order',
    422: 'IDEMPOTENCY.KEY_REUSED: the Idempotency-Key was used for another request',
  })
  async create(
    @Body() body: CreateWorkOrderRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<WorkOrderView> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
