import { DomainError } from '@aftersales/platform-service-defaults';

export function templateInvalid(problems: string[]): DomainError {
  return new DomainError('SURVEYS.TEMPLATE_INVALID', 'The survey template is not valid', 400, { problems });
}

export function templateNotFound(code: string): DomainError {
  return new DomainError('SURVEYS.TEMPLATE_NOT_FOUND', `Survey template ${code} not found`, 404);
}

/** A template or plan code in a path: lower-case letters, digits and dashes. */
export function codeInvalid(code: string): DomainError {
  return new DomainError('SURVEYS.CODE_INVALID', `"${code.slice(0, 80)}" is not a code: lower-case letters, digits and dashes, at most 64`, 400);
}
