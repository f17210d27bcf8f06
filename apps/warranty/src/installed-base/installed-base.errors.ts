import { QueryFailedError } from 'typeorm';
import { DomainError } from '@aftersales/platform-service-defaults';

export const productModelExists = (code: string) => new DomainError('WARRANTY.PRODUCT_MODEL_EXISTS', `Product model ${code} is already registered`, 409);
export const productModelNotFound = (code: string) => new DomainError('WARRANTY.PRODUCT_MODEL_NOT_FOUND', `Product model ${code} not found`, 404);
export const unknownProductModel = (code: string) =>
  new DomainError('WARRANTY.UNKNOWN_PRODUCT_MODEL', `Product model ${code} is not registered: register it first`, 422);
export const unitExists = (serial: string) => new DomainError('WARRANTY.UNIT_EXISTS', `Unit ${serial} is already registered`, 409);
/** A serial of an imported file registered by someone else meanwhile: the whole file was rolled back. */
export const unitRegisteredMeanwhile = () =>
  new DomainError('WARRANTY.UNIT_EXISTS', 'A unit of this file was registered meanwhile: nothing was registered, retry to see which', 409);
export const unitNotFound = (serial: string) => new DomainError('WARRANTY.UNIT_NOT_FOUND', `Unit ${serial} not found`, 404);

/** A concurrent registration of the same key loses on the primary key: the same answer as the check before it. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505';
}
export const badUnitFile = (message: string) => new DomainError('WARRANTY.BAD_UNIT_FILE', `The unit file is refused: ${message}`, 400);
export const unitFileRejected = (rejected: number, errors: unknown[]) =>
  new DomainError('WARRANTY.UNIT_ROWS_REJECTED', `${rejected} row(s) are not valid: nothing was registered`, 422, { errors });
export const sameOwner = (serial: string) => new DomainError('WARRANTY.SAME_OWNER', `Unit ${serial} already belongs to this customer`, 409);
export const transferBeforeLast = (serial: string, last: string) =>
  new DomainError('WARRANTY.TRANSFER_OUT_OF_ORDER', `Unit ${serial} last changed owner on ${last}: a transfer cannot be dated before it`, 422);
