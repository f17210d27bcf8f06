import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { StoredTemplate } from '../domain/survey-template';
import { SurveyTemplateEntity } from './survey-template.entity';

@Injectable()
export class SurveyTemplateRepository {
  /** The latest version of every template. */
  async latest(m: EntityManager): Promise<StoredTemplate[]> {
    return m.query(
      `SELECT DISTINCT ON (code) code, version, definition FROM survey_templates ORDER BY code, version DESC`,
    );
  }

  async version(m: EntityManager, code: string, version: number): Promise<StoredTemplate | null> {
    return m.getRepository(SurveyTemplateEntity).findOneBy({ code, version });
  }
}
