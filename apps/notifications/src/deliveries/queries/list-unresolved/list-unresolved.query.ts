import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, paginate } from '@aftersales/platform-service-defaults';
import { UnresolvedView, toUnresolvedView } from '../../delivery.view';
import { UnresolvedRecipientEntity } from '../../infrastructure/delivery.entity';
import { ListUnresolvedRequest } from './list-unresolved.request';

/** R-SLA-7: roles and users that events named and nobody in the directory answers to. */
@Injectable()
export class ListUnresolvedQuery {
  constructor(private readonly dataSource: DataSource) {}

  execute(q: ListUnresolvedRequest): Promise<Page<UnresolvedView>> {
    const qb = this.dataSource.getRepository(UnresolvedRecipientEntity).createQueryBuilder('u');
    if (q.caseId) qb.andWhere('u.case_id = :caseId', { caseId: q.caseId });
    return paginate(qb, q, toUnresolvedView);
  }
}
