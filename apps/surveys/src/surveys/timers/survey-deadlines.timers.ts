import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DurableTimers } from '@aftersales/platform-timers';

/** The timer kinds as stored in surveys' timers table: never rename them, pending rows carry them. */
export const SURVEY_REMINDER_TIMER = 'survey-reminder';
export const SURVEY_EXPIRY_TIMER = 'survey-expiry';

export interface SurveyDeadlinePayload {
  surveyId: string;
}

/**
 * R-SV-1: a sent survey reminds the customer once after the template's N days and expires after its M days, on
 * durable timers set in the transaction that creates it and removed when it is answered. Each fires once, whatever
 * restarts or replicas (platform-timers).
 */
@Injectable()
export class SurveyDeadlineTimers {
  constructor(private readonly timers: DurableTimers) {}

  async schedule(m: EntityManager, survey: { id: string; remindAt: Date | null; expiresAt: Date | null }): Promise<void> {
    const payload: SurveyDeadlinePayload = { surveyId: survey.id };
    await this.timers.schedule(m, [
      ...(survey.remindAt ? [{ key: `survey-reminder:${survey.id}`, kind: SURVEY_REMINDER_TIMER, fireAt: survey.remindAt, payload: { ...payload } }] : []),
      ...(survey.expiresAt ? [{ key: `survey-expiry:${survey.id}`, kind: SURVEY_EXPIRY_TIMER, fireAt: survey.expiresAt, payload: { ...payload } }] : []),
    ]);
  }

  /** The survey was answered: nothing left to remind or expire. */
  async cancel(m: EntityManager, surveyId: string): Promise<void> {
    await this.timers.cancel(m, [`survey-reminder:${surveyId}`, `survey-expiry:${surveyId}`]);
  }
}
