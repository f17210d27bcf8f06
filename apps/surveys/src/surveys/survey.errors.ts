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

/** R-SV-1: a link that was not signed by us, or names another survey's link: refused, nothing told. */
export function linkInvalid(): DomainError {
  return new DomainError('SURVEYS.LINK_INVALID', 'This survey link is not valid', 403);
}

/** R-SV-1: a link past its expiry, or of a survey that expired. */
export function linkExpired(expiredAt: Date | null): DomainError {
  return new DomainError('SURVEYS.LINK_EXPIRED', 'This survey link has expired', 409, expiredAt ? { expiredAt: expiredAt.toISOString() } : {});
}

/** R-SV-1: a link works once; the survey was answered with it already. */
export function linkAlreadyUsed(answeredAt: Date | null): DomainError {
  return new DomainError('SURVEYS.LINK_ALREADY_USED', 'This survey has already been answered', 409, answeredAt ? { answeredAt: answeredAt.toISOString() } : {});
}

/** R-SV-3: answers that do not fit the survey's questions; every problem listed. */
export function answersInvalid(problems: string[]): DomainError {
  return new DomainError('SURVEYS.ANSWERS_INVALID', 'The answers do not fit the survey', 400, { problems });
}
