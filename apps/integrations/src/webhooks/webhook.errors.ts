import { DomainError } from '@aftersales/platform-service-defaults';

/** Also what an integrator gets for another integrator's endpoint: no hint that it exists. */
export function endpointNotFound(id: string): DomainError {
  return new DomainError('INTEGRATIONS.WEBHOOK_ENDPOINT_NOT_FOUND', `Webhook endpoint ${id} not found`, 404);
}

/** R-IG-4: a filter beyond what the integrator may read (R-IG-3). */
export function filterOutsideScope(filter: string): DomainError {
  return new DomainError('INTEGRATIONS.SUBJECT_OUTSIDE_SCOPE', `The subject filter ${filter} is outside what this integrator may read`, 403);
}

export function invalidSubjectFilter(message: string): DomainError {
  return new DomainError('INTEGRATIONS.INVALID_SUBJECT_PATTERN', message, 400);
}

/** Only an integrator owns endpoints; an admin reads and repairs them. */
export function notAnIntegrator(): DomainError {
  return new DomainError('INTEGRATIONS.NOT_AN_INTEGRATOR', 'Only an integrator token registers webhook endpoints', 403);
}

export function integratorNotActive(): DomainError {
  return new DomainError('INTEGRATIONS.INTEGRATOR_NOT_ACTIVE', 'This integrator is revoked', 403);
}

export function endpointAlreadyEnabled(id: string): DomainError {
  return new DomainError('INTEGRATIONS.WEBHOOK_ENDPOINT_ALREADY_ENABLED', `Webhook endpoint ${id} is enabled`, 409);
}

export function nothingToReplay(): DomainError {
  return new DomainError('INTEGRATIONS.NOTHING_TO_REPLAY', 'No delivery of this endpoint matches: nothing to send again', 404);
}
