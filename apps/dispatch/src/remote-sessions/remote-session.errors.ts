import { DomainError } from '@aftersales/platform-service-defaults';
import { RemoteRuleViolation } from './domain/remote-session.policy';

export const remoteSessionNotFound = (id: string) => new DomainError('DISPATCH.REMOTE_SESSION_NOT_FOUND', `Remote session ${id} not found`, 404);
export const remoteSessionOpen = (sessionId: string) => new DomainError('DISPATCH.REMOTE_SESSION_OPEN', `Remote session ${sessionId} is still open`, 409, { sessionId });
export const remoteSessionEnded = () => new DomainError('DISPATCH.REMOTE_SESSION_ENDED', 'The session has already ended', 409);
export const notOpenForRemoteSession = (status: string) => new DomainError('DISPATCH.WORK_ORDER_NOT_OPEN', `A ${status} work order gets no remote session`, 409);

/** The remote-session rules' refusals (a consent after the start, R-DS-1) are bad input. */
export function asDomainError(error: unknown): unknown {
  if (error instanceof RemoteRuleViolation) return new DomainError(error.code, error.message, 400);
  return error;
}
