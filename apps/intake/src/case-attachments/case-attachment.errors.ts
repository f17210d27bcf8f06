import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { AuthUser, DomainError } from '@aftersales/platform-service-defaults';
import { caseNotFound } from '../cases/case.errors';
import { CaseEntity } from '../cases/infrastructure/case.entity';

export function attachmentNotFound(id: string): DomainError {
  return new DomainError('INTAKE.ATTACHMENT_NOT_FOUND', `Attachment ${id} not found`, 404);
}

/** The case, when this user may see it: another customer's case is a 404, with no hint that it exists (R-IN-8). */
export async function visibleCase(m: EntityManager | DataSource, caseId: string, user: AuthUser): Promise<CaseEntity> {
  const isCustomer = user.roles.includes('customer');
  if (isCustomer && !z.uuid().safeParse(user.customerId).success) {
    throw new DomainError('INTAKE.INVALID_CUSTOMER_TOKEN', 'The token carries no valid customer id', 403);
  }
  const found = await m.getRepository(CaseEntity).findOneBy({ id: caseId });
  if (!found || (isCustomer && found.customerId !== user.customerId)) throw caseNotFound(caseId);
  return found;
}

/** What a customer attaches, they can see (R-IN-8): it cannot be internal. */
export function customerInternalAttachment(): DomainError {
  return new DomainError('INTAKE.CUSTOMER_INTERNAL_ATTACHMENT', 'A customer’s attachments are visible to them', 403);
}

/** The bytes are not what the declared content type says. */
export function attachmentContentMismatch(problem: string): DomainError {
  return new DomainError('INTAKE.ATTACHMENT_CONTENT_MISMATCH', problem, 400);
}
