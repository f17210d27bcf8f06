import { DomainError } from '@aftersales/platform-service-defaults';

export function revisitNotFound(id: string): DomainError {
  return new DomainError('SURVEYS.REVISIT_NOT_FOUND', `Revisit ${id} not found`, 404);
}

/** R-SV-2: a completed or given-up revisit takes no further outcome. */
export function revisitClosed(id: string, status: string): DomainError {
  return new DomainError('SURVEYS.REVISIT_CLOSED', `Revisit ${id} is ${status}: it takes no further outcome`, 409, { revisitStatus: status });
}

export function planInvalid(problems: string[]): DomainError {
  return new DomainError('SURVEYS.REVISIT_PLAN_INVALID', 'The revisit plan is not valid', 400, { problems });
}
