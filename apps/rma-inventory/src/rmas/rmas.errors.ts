import { QueryFailedError } from 'typeorm';
import { DomainError } from '@aftersales/platform-service-defaults';
import type { RmaStatus, RmaType } from '@aftersales/contracts-rma-inventory';
import { IllegalRmaTransition, transitionRma } from './domain/rma.lifecycle';

export const rmaNotFound = (id: string) => new DomainError('RMA.NOT_FOUND', `RMA ${id} not found`, 404);

/** An advance replacement or exchange ships a part: it must say which. */
export const partToShipMissing = () => new DomainError('RMA.PART_MISSING', 'Give the partNumber of the spare or replacement to ship', 422);

export const openRmaForDecision = (decisionId: string) => new DomainError('RMA.OPEN_FOR_DECISION', `Warranty decision ${decisionId} already has an open RMA`, 409, { decisionId });

/** The unit received is not the one the RMA expects back. */
export const wrongUnitReceived = (expected: string, got: string) =>
  new DomainError('RMA.WRONG_UNIT', `Expected unit ${expected} back, received ${got}`, 422, { expected, received: got });

/** Two requests raced for the same decision: the partial unique index let one through. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505';
}

export const timeInFuture = (field: string) => new DomainError('RMA.TIME_IN_FUTURE', `${field} is in the future`, 400);
export const timeBefore = (field: string, other: string) => new DomainError('RMA.TIME_BEFORE', `${field} is before ${other}`, 400);

/** The lifecycle's refusal as a 409 problem listing what is allowed from here. */
export function transitionOrConflict(type: RmaType, from: RmaStatus, to: RmaStatus): RmaStatus {
  try {
    return transitionRma(type, from, to);
  } catch (error) {
    if (error instanceof IllegalRmaTransition) throw new DomainError(error.code, error.message, 409, { from: error.from, to: error.to, allowed: error.allowed });
    throw error;
  }
}
