import { HttpException, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { DomainError } from '@aftersales/platform-service-defaults';

export function integratorNotFound(id: string): DomainError {
  return new DomainError('INTEGRATIONS.INTEGRATOR_NOT_FOUND', `Integrator ${id} not found`, 404);
}

export function integratorAlreadyRevoked(id: string): DomainError {
  return new DomainError('INTEGRATIONS.INTEGRATOR_ALREADY_REVOKED', `Integrator ${id} is already revoked`, 409);
}

export function invalidSubjectPattern(message: string): DomainError {
  return new DomainError('INTEGRATIONS.INVALID_SUBJECT_PATTERN', message, 400);
}

/** One answer for an unknown client id, a wrong secret and a revoked integrator: no hint which (R-IG-2). */
export function invalidClientCredentials(): HttpException {
  return new UnauthorizedException('The client id and secret are not valid');
}

/** The services verify an identity provider's keys (AUTH_JWKS_URL): this service holds no key they trust. */
export function tokenSigningUnavailable(): HttpException {
  return new ServiceUnavailableException('Integrator tokens need AUTH_JWT_SECRET; with AUTH_JWKS_URL the identity provider issues them');
}

/** R-IG-3: a subject outside what the integrator may read. */
export function subjectOutsideScope(subject: string): DomainError {
  return new DomainError('INTEGRATIONS.SUBJECT_OUTSIDE_SCOPE', `The subject ${subject} is outside what this integrator may read`, 403);
}
