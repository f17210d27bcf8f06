import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser, Page, paginate } from '@aftersales/platform-service-defaults';
import { localise } from '../../../survey-templates/domain/survey-template';
import { SurveyTemplateRepository } from '../../../survey-templates/infrastructure/survey-template.repository';
import { SurveyEntity } from '../../infrastructure/survey.entity';
import { SurveyLinkSigner } from '../../infrastructure/survey-link.signer';
import { SurveyFormView } from '../../survey.view';
import { PendingSurveysRequest } from './pending-surveys.request';

/** R-SV-1: the customer portal's surveys waiting for the logged-in customer's answer, newest first, each with its link. */
@Injectable()
export class PendingSurveysQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly templates: SurveyTemplateRepository,
    private readonly signer: SurveyLinkSigner,
  ) {}

  async execute(query: PendingSurveysRequest, user: AuthUser): Promise<Page<SurveyFormView>> {
    const qb = this.dataSource
      .getRepository(SurveyEntity)
      .createQueryBuilder('s')
      .where('s.customer_id = :customerId', { customerId: user.customerId })
      .andWhere(`s.status = 'sent'`);
    const page = await paginate(qb, query, (s) => s);
    const items: SurveyFormView[] = [];
    for (const s of page.items) {
      const template = await this.templates.version(this.dataSource.manager, s.templateCode, s.templateVersion);
      const language = query.language ?? s.language;
      const form = template ? localise(template.definition, language) : { title: s.templateCode, questions: [] };
      const link =
        s.linkId && s.expiresAt ? this.signer.url(await this.signer.token({ surveyId: s.id, linkId: s.linkId, issuedAt: s.sentAt, expiresAt: s.expiresAt })) : null;
      items.push({ surveyId: s.id, caseNumber: s.caseNumber, status: s.status, language, ...form, expiresAt: s.expiresAt?.toISOString() ?? null, link });
    }
    return { items, nextCursor: page.nextCursor };
  }
}
