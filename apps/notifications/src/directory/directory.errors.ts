import { DomainError } from '@aftersales/platform-service-defaults';

export function personNotFound(id: string): DomainError {
  return new DomainError('NOTIFICATIONS.PERSON_NOT_FOUND', `No person ${id} in the directory`, 404);
}

/** A role assignment must name a person the directory has. */
export function assignmentPersonUnknown(personId: string): DomainError {
  return new DomainError('NOTIFICATIONS.ASSIGNMENT_PERSON_UNKNOWN', `No person ${personId} in the directory`, 422);
}

/** Login subjects and external ids identify one person each. */
export function personIdentityTaken(what: string): DomainError {
  return new DomainError('NOTIFICATIONS.PERSON_IDENTITY_TAKEN', `${what} already belongs to another person`, 409);
}
