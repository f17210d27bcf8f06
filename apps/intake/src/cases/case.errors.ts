import { DomainError } from '@aftersales/platform-service-defaults';
import { CaseStatus, IllegalCaseTransition, transition } from './domain/case-lifecycle';
import { StatusChangeRefused } from './domain/case-status-change';

/** Also what a customer gets for another customer's case: no hint that it exists (R-IN-8). */
export function caseNotFound(id: string): DomainError {
  return new DomainError('INTAKE.CASE_NOT_FOUND', `Case ${id} not found`, 404);
}

/** Optimistic concurrency: the caller changed a version of the case that someone else has changed since. */
export function versionConflict(id: string, expected: number, current: number): DomainError {
  return new DomainError('INTAKE.VERSION_CONFLICT', `Case ${id} is at version ${current}, not ${expected}: reload it and try again`, 409, {
    expectedVersion: expected,
    currentVersion: current,
  });
}

/** A state change requested over HTTP: an illegal one is a 409 that lists the allowed transitions. */
export function transitionOrConflict(from: CaseStatus, to: CaseStatus): CaseStatus {
  try {
    return transition(from, to);
  } catch (error) {
    throw asDomainError(error);
  }
}

/** The lifecycle's refusals as problem+json: illegal (409, with the allowed statuses), forbidden (403), else 422. */
export function asDomainError(error: unknown): unknown {
  if (error instanceof IllegalCaseTransition) {
    return new DomainError(error.code, error.message, 409, { from: error.from, to: error.to, allowed: error.allowed });
  }
  if (error instanceof StatusChangeRefused) return new DomainError(error.code, error.message, error.kind === 'forbidden' ? 403 : 422);
  return error;
}

/** A milestone on a case whose clocks have stopped (resolved or closed). */
export function caseNotOpen(id: string, status: string): DomainError {
  return new DomainError('INTAKE.CASE_NOT_OPEN', `Case ${id} is ${status}: its clocks have stopped`, 409);
}
