import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser, Page, paginate } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { ComplaintView, toComplaintView } from '../../complaint.view';
import { ComplaintEntity } from '../../infrastructure/complaint.entity';
import { ListComplaintsRequest } from './list-complaints.request';

/** Complaints, newest first; a customer sees only their own (R-IN-8). */
@Injectable()
export class ListComplaintsQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  execute(query: ListComplaintsRequest, user: AuthUser): Promise<Page<ComplaintView>> {
    const qb = this.dataSource.getRepository(ComplaintEntity).createQueryBuilder('c');
    const customerId = user.roles.includes('customer') ? user.customerId : query.customerId;
    if (customerId) qb.andWhere('c.customer_id = :customerId', { customerId });
    if (query.caseId) qb.andWhere('c.case_ids @> ARRAY[:caseId]::uuid[]', { caseId: query.caseId });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    const now = this.clock.now();
    return paginate(qb, query, (c) => toComplaintView(c, now));
  }
}
