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

/** A customer token must name the customer it speaks for (R-IN-8). */
export function invalidCustomerToken(): DomainError {
  return new DomainError('INTAKE.INVALID_CUSTOMER_TOKEN', 'The token carries no valid customer id', 403);
}

/** A customer acts for themselves only (R-IN-8). */
export function foreignCustomer(action: 'open' | 'list'): DomainError {
  return new DomainError('INTAKE.FOREIGN_CUSTOMER', action === 'open' ? 'A customer can open cases only for themselves' : 'A customer can list only their own cases', 403);
}

export function customerRequired(): DomainError {
  return new DomainError('INTAKE.CUSTOMER_REQUIRED', 'customerId is required when staff open a case', 400);
}

/** A case is opened for a registered customer: never for nobody (issue #15). */
export function customerUnknown(customerId: string): DomainError {
  return new DomainError('INTAKE.CUSTOMER_UNKNOWN', `No customer ${customerId} is registered: register the customer (POST /v1/customers) before opening a case`, 422, { customerId });
}

/** Another customer's site, or no such site (R-IN-8). */
export function siteUnknown(siteId: string, customerId: string): DomainError {
  return new DomainError('INTAKE.SITE_UNKNOWN', `Site ${siteId} is not a site of customer ${customerId}`, 422);
}

/** A closed case is not assigned: it is reopened first (R-IN-7). */
export function closedCaseNotWorked(): DomainError {
  return new DomainError('INTAKE.CASE_CLOSED', 'A closed case is not worked: reopen it first', 409);
}

/** A closed case keeps its priority: it is reopened first (R-IN-7). */
export function closedCaseKeepsPriority(): DomainError {
  return new DomainError('INTAKE.CASE_CLOSED', 'A closed case keeps its priority; reopen it first', 409);
}

export function alreadyAssigned(assigneeId: string): DomainError {
  return new DomainError('INTAKE.ALREADY_ASSIGNED', `The case is already assigned to ${assigneeId}`, 422);
}

export function priorityUnchanged(priority: string): DomainError {
  return new DomainError('INTAKE.PRIORITY_UNCHANGED', `The case is already ${priority}`, 422);
}

/** A customer's note is part of the history they share with staff (R-IN-6). */
export function customerNotePublic(): DomainError {
  return new DomainError('INTAKE.CUSTOMER_NOTE_PUBLIC', 'A customer’s note is part of the case history they share with staff: it cannot be internal', 403);
}

/** R-IN-4: a reclassification that changes nothing is refused, so the log only shows real changes. */
export function classificationUnchanged(): DomainError {
  return new DomainError('INTAKE.CLASSIFICATION_UNCHANGED', 'The case already has this category, difficulty and priority', 422);
}
