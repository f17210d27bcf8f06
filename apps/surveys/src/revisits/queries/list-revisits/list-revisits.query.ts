import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, paginate } from '@aftersales/platform-service-defaults';
import { RevisitEntity } from '../../infrastructure/revisit.entities';
import { RevisitView, toRevisitView } from '../../revisit.view';
import { ListRevisitsRequest } from './list-revisits.request';

/** Revisit tasks, newest first, filtered for the survey team's worklist (R-SV-2). */
@Injectable()
export class ListRevisitsQuery {
  constructor(private readonly dataSource: DataSource) {}

  execute(q: ListRevisitsRequest): Promise<Page<RevisitView>> {
    const qb = this.dataSource.getRepository(RevisitEntity).createQueryBuilder('r');
    if (q.status) qb.andWhere('r.status = :status', { status: q.status });
    if (q.kind) qb.andWhere('r.kind = :kind', { kind: q.kind });
    if (q.customerId) qb.andWhere('r.customer_id = :customerId', { customerId: q.customerId });
    if (q.caseId) qb.andWhere('r.case_id = :caseId', { caseId: q.caseId });
    if (q.contractId) qb.andWhere('r.contract_id = :contractId', { contractId: q.contractId });
    if (q.dueBy) qb.andWhere('r.due_on <= :dueBy', { dueBy: q.dueBy });
    return paginate(qb, q, toRevisitView);
  }
}
