import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { CaseReopenRequestedV1, ResponseReceivedV1 } from '@aftersales/contracts-surveys';
import { OutboxService } from '@aftersales/platform-messaging';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { CallBackRepository } from '../../call-backs/infrastructure/call-back.repository';
import { surveyRules } from '../../config/surveys.config';
import { revisitCalendar, workingDaysAfter } from '../../revisits/domain/revisit-plan';
import { Answer, SurveyTemplateDefinition, commentOf, followUpsFor, overallScore } from '../../survey-templates/domain/survey-template';
import { ResponseChannel } from '../domain/survey.policy';
import { SurveyEntity, SurveyResponseEntity } from '../infrastructure/survey.entity';
import { caseReopenRequestedData } from '../integration/case-reopen-requested.mapping';
import { responseReceivedData } from '../integration/response-received.mapping';
import { SurveyDeadlineTimers } from '../timers/survey-deadlines.timers';

/**
 * R-SV-3: stores an answer to a locked, still-open survey, marks it answered, stops its reminder and expiry, and
 * follows up its low scores as the template says: complaint (complaints reads response.received's followUps),
 * reopen (case-reopen-requested, for intake), call-back (a task here). All in the caller's transaction.
 */
@Injectable()
export class SurveyAnswerRecorder {
  constructor(
    private readonly outbox: OutboxService,
    private readonly timers: SurveyDeadlineTimers,
    private readonly callBacks: CallBackRepository,
    private readonly config: AppConfig,
  ) {}

  async record(
    m: EntityManager,
    survey: SurveyEntity,
    template: SurveyTemplateDefinition | null,
    answers: Answer[],
    by: { channel: ResponseChannel; recordedBy: string; now: Date },
  ): Promise<SurveyResponseEntity> {
    const followUps = template ? followUpsFor(template, answers) : [];
    const response = m.getRepository(SurveyResponseEntity).create({
      id: uuidv7(),
      surveyId: survey.id,
      score: template ? overallScore(template, answers) : (answers[0].value as number),
      comment: commentOf(answers),
      channel: by.channel,
      receivedAt: by.now,
      recordedBy: by.recordedBy,
      answers,
      followUps,
    });
    await m.getRepository(SurveyResponseEntity).insert(response);
    survey.status = 'answered';
    survey.answeredAt = by.now;
    survey.version += 1;
    await m.save(survey);
    await this.timers.cancel(m, survey.id);
    await this.outbox.append(m, ResponseReceivedV1, { aggregateId: survey.id, sequence: survey.version, data: responseReceivedData(survey, response, template !== null) });
    for (const f of followUps) {
      if (f.action === 'reopen') {
        survey.version += 1;
        await this.outbox.append(m, CaseReopenRequestedV1, { aggregateId: survey.id, sequence: survey.version, data: caseReopenRequestedData(survey, response, f) });
      } else if (f.action === 'call-back') {
        const cal = revisitCalendar(surveyRules(this.config).timeZone);
        await this.callBacks.open(
          m,
          { surveyId: survey.id, responseId: response.id, caseId: survey.caseId, customerId: survey.customerId, questionId: f.questionId, score: f.score, dueOn: workingDaysAfter(cal, by.now, 1) },
          by.now,
        );
      }
    }
    if (followUps.some((f) => f.action === 'reopen')) await m.save(survey);
    return response;
  }
}
