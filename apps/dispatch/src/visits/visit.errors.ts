import { DomainError } from '@aftersales/platform-service-defaults';
import { VisitRuleViolation } from './domain/visit';

export const visitNotFound = (id: string) => new DomainError('DISPATCH.VISIT_NOT_FOUND', `Visit ${id} not found`, 404);
export const visitStillOpen = (visitId: string) => new DomainError('DISPATCH.VISIT_OPEN', `Visit ${visitId} is still open`, 409, { visitId });
export const closedForVisit = (status: string) => new DomainError('DISPATCH.WORK_ORDER_CLOSED', `A ${status} work order gets no visit`, 409);

/** R-DS-2: a remote order goes on site only after a remote session said so. */
export const remoteFirst = (serviceMode: string) =>
  new DomainError('DISPATCH.REMOTE_FIRST', `A ${serviceMode} work order goes on site only after a remote session found it needs to (R-DS-2)`, 409);
/** R-DS-4, R-SLA-4: the time is agreed with the customer before going. */
export const contactFirst = () => new DomainError('DISPATCH.CONTACT_FIRST', 'Call the customer to agree the time before going (R-DS-4, R-SLA-4)', 409);

export const signatureTooLarge = (maxBytes: number) => new DomainError('DISPATCH.SIGNATURE_TOO_LARGE', `The signature image is larger than ${maxBytes} bytes`, 400);
export const signatureNotPng = () => new DomainError('DISPATCH.SIGNATURE_NOT_PNG', 'The signature must be a PNG image', 400);

/** Visit rule violations that are bad input rather than a step out of order. */
const BAD_INPUT = new Set(['DISPATCH.NEXT_VISIT_IN_PAST', 'DISPATCH.CONSENT_BEFORE_ARRIVAL', 'DISPATCH.SIGNED_BEFORE_ARRIVAL']);

/** The visit rules' refusals as problem+json: bad input 400, a step out of order 409. */
export function asDomainError(error: unknown): unknown {
  if (error instanceof VisitRuleViolation) return new DomainError(error.code, error.message, BAD_INPUT.has(error.code) ? 400 : 409);
  return error;
}
