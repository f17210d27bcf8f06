import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { WorkOrderView } from '../../work-order.view';
import { ListWorkOrdersQuery } from './list-work-orders.query';
import { ListWorkOrdersRequest } from './list-work-orders.request';

@ApiTags('work-orders')
@Controller('v1/work-orders')
export class ListWorkOrdersHttpController {
  constructor(private readonly query: ListWorkOrdersQuery) {}

  @Get()
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'Work orders, newest first, cursor pagination' })
  @ApiOkResponse({ description: 'One page of work orders' })
  @ApiProblems({ 400: 'An invalid filter or cursor' })
  list(@Query() q: ListWorkOrdersRequest): Promise<Page<WorkOrderView>> {
    return this.query.execute(q);
  }
}
