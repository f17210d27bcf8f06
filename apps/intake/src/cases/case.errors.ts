import { DomainError } from '@aftersales/platform-service-defaults';
import { CaseStatus, IllegalCaseTransition, transition } from './domain/case-lifecycle';

/** Also what a customer gets for another customer's case: no hint that it exists (R-IN-8). */
export function caseNotFound(id: string): DomainError {
  return new DomainError('INTAKE.CASE_NOT_FOUND', `Case ${id} not found`, 404);
}

/** A state change requested over HTTP: an illegal one is a 409 that lists the allowed transitions. */
export function transitionOrConflict(from: CaseStatus, to: CaseStatus): CaseStatus {
  try {
    return transition(from, to);
  } catch (error) {
    if (error instanceof IllegalCaseTransition) {
      throw new DomainError(error.code, error.message, 409, { from: error.from, to: error.to, allowed: error.allowed });
    }
    throw error;
  }
}
