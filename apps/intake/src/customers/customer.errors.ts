import { z } from 'zod';
import { AuthUser, DomainError } from '@aftersales/platform-service-defaults';

/** Also what a customer gets for another customer: no hint that it exists (R-IN-8). */
export function customerNotFound(id: string): DomainError {
  return new DomainError('INTAKE.CUSTOMER_NOT_FOUND', `Customer ${id} not found`, 404);
}

export function contactNotFound(id: string): DomainError {
  return new DomainError('INTAKE.CONTACT_NOT_FOUND', `Contact ${id} not found`, 404);
}

export function siteNotFound(id: string): DomainError {
  return new DomainError('INTAKE.SITE_NOT_FOUND', `Site ${id} not found`, 404);
}

export function customerCodeTaken(code: string): DomainError {
  return new DomainError('INTAKE.CUSTOMER_CODE_TAKEN', `Customer code ${code} is already in use`, 409);
}

/**
 * The customer a user is confined to: their own for the customer role (R-IN-8), none for staff. A customer
 * token without a valid customer id sees nothing rather than everything.
 */
export function confinedTo(user: AuthUser): string | undefined {
  if (!user.roles.includes('customer')) return undefined;
  if (!user.customerId || !z.uuid().safeParse(user.customerId).success) {
    throw new DomainError('INTAKE.INVALID_CUSTOMER_TOKEN', 'The token carries no valid customer id', 403);
  }
  return user.customerId;
}

/** A contact must be reachable on the channel they prefer. */
export function contactUnreachable(problem: string): DomainError {
  return new DomainError('INTAKE.CONTACT_UNREACHABLE', problem, 400);
}
