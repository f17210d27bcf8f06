import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SurveyTemplateEntity } from '../../infrastructure/survey-template.entity';
import { TemplateView, toTemplateView } from '../../survey-template.view';

/** The latest version of every survey template (R-SV-1). */
@Injectable()
export class ListTemplatesQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(): Promise<{ items: TemplateView[] }> {
    const rows = await this.dataSource
      .getRepository(SurveyTemplateEntity)
      .createQueryBuilder('t')
      .distinctOn(['t.code'])
      .orderBy('t.code')
      .addOrderBy('t.version', 'DESC')
      .getMany();
    return { items: rows.map(toTemplateView) };
  }
}
