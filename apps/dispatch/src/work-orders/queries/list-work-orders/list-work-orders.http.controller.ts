import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles, paginate } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { WorkOrderEntity } from '../../infrastructure/work-order.entity';
import { toWorkOrderView } from '../../work-order.view';
import { ListWorkOrdersQuery } from './list-work-orders.request';

@ApiTags('work-orders')
@Controller('v1/work-orders')
export class ListWorkOrdersHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'Work orders, newest first, cursor pagination' })
  @ApiOkResponse({ description: 'One page of work orders' })
  @ApiProblems({ 400: 'An invalid filter or cursor' })
  list(@Query() q: ListWorkOrdersQuery) {
    const qb = this.dataSource.getRepository(WorkOrderEntity).createQueryBuilder('w');
    if (q.caseId) qb.andWhere('w.case_id = :caseId', { caseId: q.caseId });
    if (q.engineerId) qb.andWhere('w.engineer_id = :engineerId', { engineerId: q.engineerId });
    if (q.status) qb.andWhere('w.status = :status', { status: q.status });
    if (q.branchCode) qb.andWhere('w.branch_code = :branchCode', { branchCode: q.branchCode });
    return paginate(qb, q, toWorkOrderView);
  }
}
