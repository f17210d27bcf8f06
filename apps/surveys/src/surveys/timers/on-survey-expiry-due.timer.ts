import { Injectable } from '@nestjs/common';
import { SurveyExpiredV1 } from '@aftersales/contracts-surveys';
import { OutboxService } from '@aftersales/platform-messaging';
import { DueTimer, OnTimer, TimerContext } from '@aftersales/platform-timers';
import { transition } from '../domain/survey-lifecycle';
import { SurveyEntity } from '../infrastructure/survey.entity';
import { surveyExpiredData } from '../integration/survey-expired.mapping';
import { SURVEY_EXPIRY_TIMER } from './survey-deadlines.timers';

/** R-SV-1: a survey unanswered after M days expires: the state is set, its link stops working, survey.expired.v1. */
@Injectable()
export class OnSurveyExpiryDueTimer {
  constructor(private readonly outbox: OutboxService) {}

  @OnTimer(SURVEY_EXPIRY_TIMER)
  async expire(timer: DueTimer, { manager: m, now }: TimerContext): Promise<void> {
    const survey = await m.getRepository(SurveyEntity).findOne({ where: { id: String(timer.payload.surveyId) }, lock: { mode: 'pessimistic_write' } });
    if (!survey || survey.status !== 'sent') return;
    survey.status = transition(survey.status, 'expired');
    survey.expiredAt = now;
    survey.version += 1;
    await m.save(survey);
    await this.outbox.append(m, SurveyExpiredV1, { aggregateId: survey.id, sequence: survey.version, data: surveyExpiredData(survey) });
  }
}
