import { Injectable, Logger } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CaseClosedV1, CaseClosedV1Data } from '@aftersales/contracts-intake';
import { SurveySentV1 } from '@aftersales/contracts-surveys';
import { EventContext, OnEvent, PermanentError } from '@aftersales/platform-messaging';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { surveyRules } from '../../config/surveys.config';
import { CaseFactsEntity } from '../../service-cases/infrastructure/case-facts.entity';
import { chooseTemplate } from '../../survey-templates/domain/survey-template';
import { SurveyTemplateRepository } from '../../survey-templates/infrastructure/survey-template.repository';
import { DEFAULT_SURVEY_TEMPLATE, surveyDeadlines } from '../domain/survey.policy';
import { SurveyEntity } from '../infrastructure/survey.entity';
import { SurveyLinkSigner } from '../infrastructure/survey-link.signer';
import { SurveyDeadlineTimers } from '../timers/survey-deadlines.timers';
import { surveySentData } from './survey-sent.mapping';

/**
 * R-SV-1: every closed case is followed by a satisfaction survey, without anyone sending it: the template its
 * category, channel and contract choose, a signed single-use link, the reminder and expiry timers, and
 * survey.sent.v1 for the notifications service to deliver. One per case: a case reopened and closed again gets no
 * second one unless SURVEY_PER_CLOSURE is true; the same closure delivered again never gets a second.
 */
@Injectable()
export class OnCaseClosedHandler {
  private readonly logger = new Logger(OnCaseClosedHandler.name);

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly templates: SurveyTemplateRepository,
    private readonly signer: SurveyLinkSigner,
    private readonly timers: SurveyDeadlineTimers,
  ) {}

  @OnEvent(CaseClosedV1, { name: 'send-survey' })
  async handle(event: EventEnvelope<CaseClosedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    const m = ctx.manager;
    const rules = surveyRules(this.config);
    // Closures of one case are decided one at a time, whichever replica or consumer delivers them.
    await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`survey-case:${d.caseId}`]);
    const earlier = await m.getRepository(SurveyEntity).findBy({ caseId: d.caseId });
    const closedAt = new Date(d.closedAt);
    if (earlier.some((s) => s.closedAt.getTime() === closedAt.getTime()) || (earlier.length > 0 && !rules.perClosure)) {
      this.logger.log(`case ${d.caseId} already has its survey; none sent for event ${event.id}`);
      return;
    }
    const facts = await m.getRepository(CaseFactsEntity).findOneBy({ caseId: d.caseId });
    const latest = await this.templates.latest(m);
    const template =
      chooseTemplate(latest, { category: d.category, channel: facts?.channel ?? null, underContract: !!facts?.contractId }) ??
      latest.find((t) => t.code === DEFAULT_SURVEY_TEMPLATE);
    if (!template) throw new PermanentError(`no survey template matches case ${d.caseId} and the default ${DEFAULT_SURVEY_TEMPLATE} is missing`);
    const now = this.clock.now();
    const { remindAt, expiresAt } = surveyDeadlines(now, template.definition);
    const survey = m.getRepository(SurveyEntity).create({
      id: uuidv7(),
      caseId: d.caseId,
      caseNumber: d.caseNumber,
      customerId: d.customerId,
      templateCode: template.code,
      templateVersion: template.version,
      language: rules.defaultLanguage,
      closedAt,
      status: 'sent',
      channel: 'link',
      sentAt: now,
      answeredAt: null,
      linkId: uuidv7(),
      remindAt,
      remindedAt: null,
      expiresAt,
      expiredAt: null,
      version: 1,
    });
    await m.getRepository(SurveyEntity).insert(survey);
    await this.timers.schedule(m, survey);
    const link = this.signer.url(await this.signer.token({ surveyId: survey.id, linkId: survey.linkId as string, issuedAt: now, expiresAt }));
    await ctx.publish(SurveySentV1, { aggregateId: survey.id, sequence: survey.version, data: surveySentData(survey, template.definition, link) });
  }
}
