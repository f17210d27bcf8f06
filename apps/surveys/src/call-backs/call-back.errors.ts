import { DomainError } from '@aftersales/platform-service-defaults';

export function callBackNotFound(id: string): DomainError {
  return new DomainError('SURVEYS.CALL_BACK_NOT_FOUND', `Call-back ${id} not found`, 404);
}

export function callBackAlreadyDone(id: string): DomainError {
  return new DomainError('SURVEYS.CALL_BACK_ALREADY_DONE', `Call-back ${id} is already done`, 409);
}
