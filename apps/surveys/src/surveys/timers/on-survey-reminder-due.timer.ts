import { Injectable } from '@nestjs/common';
import { SurveyRemindedV1 } from '@aftersales/contracts-surveys';
import { OutboxService } from '@aftersales/platform-messaging';
import { DueTimer, OnTimer, TimerContext } from '@aftersales/platform-timers';
import { SurveyTemplateRepository } from '../../survey-templates/infrastructure/survey-template.repository';
import { SurveyEntity } from '../infrastructure/survey.entity';
import { SurveyLinkSigner } from '../infrastructure/survey-link.signer';
import { surveyRemindedData } from '../integration/survey-reminded.mapping';
import { SURVEY_REMINDER_TIMER } from './survey-deadlines.timers';

/** R-SV-1: a survey still unanswered after N days reminds the customer once, with the same link. */
@Injectable()
export class OnSurveyReminderDueTimer {
  constructor(
    private readonly outbox: OutboxService,
    private readonly templates: SurveyTemplateRepository,
    private readonly signer: SurveyLinkSigner,
  ) {}

  @OnTimer(SURVEY_REMINDER_TIMER)
  async remind(timer: DueTimer, { manager: m, now }: TimerContext): Promise<void> {
    const survey = await m.getRepository(SurveyEntity).findOne({ where: { id: String(timer.payload.surveyId) }, lock: { mode: 'pessimistic_write' } });
    if (!survey || survey.status !== 'sent' || survey.remindedAt || !survey.linkId || !survey.expiresAt) return;
    const template = await this.templates.version(m, survey.templateCode, survey.templateVersion);
    if (!template) return;
    survey.remindedAt = now;
    survey.version += 1;
    await m.save(survey);
    const link = this.signer.url(await this.signer.token({ surveyId: survey.id, linkId: survey.linkId, issuedAt: survey.sentAt, expiresAt: survey.expiresAt }));
    await this.outbox.append(m, SurveyRemindedV1, { aggregateId: survey.id, sequence: survey.version, data: surveyRemindedData(survey, template.definition, link) });
  }
}
