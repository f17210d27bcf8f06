import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, paginate } from '@aftersales/platform-service-defaults';
import { WorkOrderEntity } from '../../infrastructure/work-order.entity';
import { WorkOrderView, toWorkOrderView } from '../../work-order.view';
import { ListWorkOrdersRequest } from './list-work-orders.request';

/** Work orders by case, engineer, status or branch, newest first. */
@Injectable()
export class ListWorkOrdersQuery {
  constructor(private readonly dataSource: DataSource) {}

  execute(q: ListWorkOrdersRequest): Promise<Page<WorkOrderView>> {
    const qb = this.dataSource.getRepository(WorkOrderEntity).createQueryBuilder('w');
    if (q.caseId) qb.andWhere('w.case_id = :caseId', { caseId: q.caseId });
    if (q.engineerId) qb.andWhere('w.engineer_id = :engineerId', { engineerId: q.engineerId });
    if (q.status) qb.andWhere('w.status = :status', { status: q.status });
    if (q.branchCode) qb.andWhere('w.branch_code = :branchCode', { branchCode: q.branchCode });
    return paginate(qb, q, toWorkOrderView);
  }
}
