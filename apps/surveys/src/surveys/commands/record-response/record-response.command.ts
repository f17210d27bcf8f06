import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { SurveyTemplateRepository } from '../../../survey-templates/infrastructure/survey-template.repository';
import { Answer, AnswersRejected, validateAnswers } from '../../../survey-templates/domain/survey-template';
import { responseChannel } from '../../domain/survey.policy';
import { SurveyEntity } from '../../infrastructure/survey.entity';
import { answersInvalid, surveyNotFound, transitionOrConflict } from '../../survey.errors';
import { SurveyResponseView, toResponseView } from '../../survey.view';
import { SurveyAnswerRecorder } from '../survey-answer.recorder';
import { RecordResponseRequest } from './record-response.request';

/**
 * R-SV-3: the overall score (and a comment) given in the portal by a logged-in customer or by phone to an agent:
 * stored with response.received and its follow-ups in one transaction (SurveyAnswerRecorder). `answers` adds the
 * template's other questions.
 */
@Injectable()
export class RecordResponseCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly templates: SurveyTemplateRepository,
    private readonly recorder: SurveyAnswerRecorder,
    private readonly clock: Clock,
  ) {}

  execute(surveyId: string, request: RecordResponseRequest, user: AuthUser, idempotencyKey?: string): Promise<IdempotentResult<SurveyResponseView>> {
    const byCustomer = user.roles.includes('customer');
    return this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key: idempotencyKey, scope: `record-survey-response:${user.sub}`, request: { surveyId, request } }, async () => {
        // The row lock serialises concurrent answers: the second one sees `answered` and gets the 409.
        const survey = await m.getRepository(SurveyEntity).findOne({ where: { id: surveyId }, lock: { mode: 'pessimistic_write' } });
        if (!survey || (byCustomer && survey.customerId !== user.customerId)) throw surveyNotFound(surveyId);
        transitionOrConflict(survey.status, 'answered');
        const template = await this.templates.version(m, survey.templateCode, survey.templateVersion);
        let answers: Answer[];
        if (template) {
          const def = template.definition;
          const overall = def.questions.find((q) => q.overall)?.id as string;
          const text = def.questions.find((q) => q.kind === 'text')?.id;
          try {
            answers = validateAnswers(def, { ...request.answers, [overall]: request.score, ...(text && request.comment ? { [text]: request.comment } : {}) });
          } catch (error) {
            if (error instanceof AnswersRejected) throw answersInvalid(error.problems);
            throw error;
          }
        } else {
          // A survey from before templates: the score and comment are all it asked.
          answers = [{ questionId: 'overall', kind: 'csat', value: request.score }, ...(request.comment ? [{ questionId: 'comment', kind: 'text' as const, value: request.comment }] : [])];
        }
        const response = await this.recorder.record(m, survey, template?.definition ?? null, answers, {
          channel: responseChannel(byCustomer),
          recordedBy: `user:${user.sub}`,
          now: this.clock.now(),
        });
        return { status: 201, body: toResponseView(response) };
      }),
    );
  }
}
