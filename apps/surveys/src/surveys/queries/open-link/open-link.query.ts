import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { localise } from '../../../survey-templates/domain/survey-template';
import { SurveyTemplateRepository } from '../../../survey-templates/infrastructure/survey-template.repository';
import { SurveyEntity } from '../../infrastructure/survey.entity';
import { SurveyLinkSigner } from '../../infrastructure/survey-link.signer';
import { linkAlreadyUsed, linkExpired, linkInvalid } from '../../survey.errors';
import { SurveyFormView } from '../../survey.view';
import { OpenLinkRequest } from './open-link.request';

/** R-SV-1: what the survey link shows, without logging in; the same refusals as answering. */
@Injectable()
export class OpenLinkQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signer: SurveyLinkSigner,
    private readonly templates: SurveyTemplateRepository,
  ) {}

  async execute(request: OpenLinkRequest): Promise<SurveyFormView> {
    const link = await this.signer.verify(request.token);
    const m = this.dataSource.manager;
    const survey = await m.getRepository(SurveyEntity).findOneBy({ id: link.surveyId });
    if (!survey || survey.linkId !== link.linkId) throw linkInvalid();
    if (survey.status === 'answered') throw linkAlreadyUsed(survey.answeredAt);
    if (survey.status === 'expired') throw linkExpired(survey.expiredAt);
    const template = await this.templates.version(m, survey.templateCode, survey.templateVersion);
    if (!template) throw linkInvalid();
    const language = request.language ?? survey.language;
    return {
      surveyId: survey.id,
      caseNumber: survey.caseNumber,
      status: survey.status,
      language,
      ...localise(template.definition, language),
      expiresAt: survey.expiresAt?.toISOString() ?? null,
      link: this.signer.url(request.token),
    };
  }
}
