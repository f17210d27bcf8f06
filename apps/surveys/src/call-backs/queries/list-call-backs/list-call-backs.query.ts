import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, paginate } from '@aftersales/platform-service-defaults';
import { CallBackView, toCallBackView } from '../../call-back.view';
import { CallBackEntity } from '../../infrastructure/call-back.entity';
import { ListCallBacksRequest } from './list-call-backs.request';

/** Call-back tasks from low survey scores, newest first (R-SV-3). */
@Injectable()
export class ListCallBacksQuery {
  constructor(private readonly dataSource: DataSource) {}

  execute(q: ListCallBacksRequest): Promise<Page<CallBackView>> {
    const qb = this.dataSource.getRepository(CallBackEntity).createQueryBuilder('c');
    if (q.status) qb.andWhere('c.status = :status', { status: q.status });
    if (q.surveyId) qb.andWhere('c.survey_id = :surveyId', { surveyId: q.surveyId });
    if (q.caseId) qb.andWhere('c.case_id = :caseId', { caseId: q.caseId });
    return paginate(qb, q, toCallBackView);
  }
}
