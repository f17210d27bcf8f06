import { DomainError } from '@aftersales/platform-service-defaults';
import { IllegalSurveyTransition, SurveyStatus, transition } from './domain/survey-lifecycle';

/** Also what a customer gets for another customer's survey: no hint that it exists (R-IN-8). */
export function surveyNotFound(id: string): DomainError {
  return new DomainError('SURVEYS.SURVEY_NOT_FOUND', `Survey ${id} not found`, 404);
}

/** A change asked for over HTTP: an illegal one is a 409 that lists the allowed transitions. */
export function transitionOrConflict(from: SurveyStatus, to: SurveyStatus): SurveyStatus {
  try {
    return transition(from, to);
  } catch (error) {
    if (error instanceof IllegalSurveyTransition) {
      throw new DomainError(error.code, error.message, 409, { from: error.from, to: error.to, allowed: error.allowed });
    }
    throw error;
  }
}
