import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { GetWorkOrderQuery } from './get-work-order.query';

@ApiTags('work-orders')
@Controller('v1/work-orders')
export class GetWorkOrderHttpController {
  constructor(private readonly query: GetWorkOrderQuery) {}

  @Get(':id')
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'A work order with every assignment and its score (why that engineer, R-DS-3) and the pending R-SLA-4 reminders' })
  @ApiOkResponse({ description: 'The work order with its assignments and pending reminders' })
  @ApiProblems({ 400: 'An invalid id', 404: 'DISPATCH.WORK_ORDER_NOT_FOUND' })
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.query.execute(id);
  }
}
