import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { AnswersRejected, validateAnswers } from '../../../survey-templates/domain/survey-template';
import { SurveyTemplateRepository } from '../../../survey-templates/infrastructure/survey-template.repository';
import { SurveyEntity } from '../../infrastructure/survey.entity';
import { SurveyLinkSigner } from '../../infrastructure/survey-link.signer';
import { answersInvalid, linkAlreadyUsed, linkExpired, linkInvalid } from '../../survey.errors';
import { SurveyResponseView, toResponseView } from '../../survey.view';
import { SurveyAnswerRecorder } from '../survey-answer.recorder';
import { AnswerByLinkRequest } from './answer-by-link.request';

/**
 * R-SV-1, R-SV-3: the customer answers by the link, without logging in. The link is checked first (forged:
 * LINK_INVALID, past its time: LINK_EXPIRED), then, under the survey's row lock, that it is still this survey's
 * unanswered link (answered: LINK_ALREADY_USED), so it works exactly once.
 */
@Injectable()
export class AnswerByLinkCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly signer: SurveyLinkSigner,
    private readonly templates: SurveyTemplateRepository,
    private readonly recorder: SurveyAnswerRecorder,
    private readonly clock: Clock,
  ) {}

  async execute(request: AnswerByLinkRequest, idempotencyKey?: string): Promise<IdempotentResult<SurveyResponseView>> {
    const link = await this.signer.verify(request.token);
    return this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key: idempotencyKey, scope: `survey-link:${link.linkId}`, request }, async () => {
        const survey = await m.getRepository(SurveyEntity).findOne({ where: { id: link.surveyId }, lock: { mode: 'pessimistic_write' } });
        if (!survey || survey.linkId !== link.linkId) throw linkInvalid();
        if (survey.status === 'answered') throw linkAlreadyUsed(survey.answeredAt);
        if (survey.status === 'expired') throw linkExpired(survey.expiredAt);
        const template = await this.templates.version(m, survey.templateCode, survey.templateVersion);
        if (!template) throw linkInvalid();
        let answers;
        try {
          answers = validateAnswers(template.definition, request.answers);
        } catch (error) {
          if (error instanceof AnswersRejected) throw answersInvalid(error.problems);
          throw error;
        }
        const response = await this.recorder.record(m, survey, template.definition, answers, { channel: 'online', recordedBy: `link:${link.linkId}`, now: this.clock.now() });
        return { status: 201, body: toResponseView(response) };
      }),
    );
  }
}
