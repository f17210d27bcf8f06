import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser, Page, paginate } from '@aftersales/platform-service-defaults';
import { SurveyEntity } from '../../infrastructure/survey.entity';
import { SurveyRepository } from '../../infrastructure/survey.repository';
import { SurveyView, toSurveyView } from '../../survey.view';
import { ListSurveysRequest } from './list-surveys.request';

/** Surveys, newest first, with their answers; a customer sees only their own (R-IN-8). */
@Injectable()
export class ListSurveysQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly surveys: SurveyRepository,
  ) {}

  async execute(query: ListSurveysRequest, user: AuthUser): Promise<Page<SurveyView>> {
    const qb = this.dataSource.getRepository(SurveyEntity).createQueryBuilder('s');
    const customerId = user.roles.includes('customer') ? user.customerId : query.customerId;
    if (customerId) qb.andWhere('s.customer_id = :customerId', { customerId });
    if (query.caseId) qb.andWhere('s.case_id = :caseId', { caseId: query.caseId });
    if (query.status) qb.andWhere('s.status = :status', { status: query.status });
    const page = await paginate(qb, query, (s) => s);
    const responses = await this.surveys.responsesOf(page.items);
    return { items: page.items.map((s) => toSurveyView(s, responses.get(s.id) ?? null)), nextCursor: page.nextCursor };
  }
}
