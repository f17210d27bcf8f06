import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { SurveyEntity } from '../../infrastructure/survey.entity';
import { SurveyRepository } from '../../infrastructure/survey.repository';
import { surveyNotFound } from '../../survey.errors';
import { SurveyView, toSurveyView } from '../../survey.view';

/** A survey with its answer; another customer's is not found (R-IN-8). */
@Injectable()
export class GetSurveyQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly surveys: SurveyRepository,
  ) {}

  async execute(id: string, user: AuthUser): Promise<SurveyView> {
    const survey = await this.dataSource.getRepository(SurveyEntity).findOneBy({ id });
    if (!survey || (user.roles.includes('customer') && survey.customerId !== user.customerId)) throw surveyNotFound(id);
    const responses = await this.surveys.responsesOf([survey]);
    return toSurveyView(survey, responses.get(survey.id) ?? null);
  }
}
