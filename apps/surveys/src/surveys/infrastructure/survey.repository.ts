import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { SurveyEntity, SurveyResponseEntity } from './survey.entity';

@Injectable()
export class SurveyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The answers of the given surveys, by survey id. */
  async responsesOf(surveys: SurveyEntity[]): Promise<Map<string, SurveyResponseEntity>> {
    if (surveys.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(SurveyResponseEntity).findBy({ surveyId: In(surveys.map((s) => s.id)) });
    return new Map(rows.map((r) => [r.surveyId, r]));
  }
}
