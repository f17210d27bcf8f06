import { DomainError } from '@aftersales/platform-service-defaults';

/** Also what a customer gets for another customer's complaint: no hint that it exists (R-IN-8). */
export function complaintNotFound(id: string): DomainError {
  return new DomainError('COMPLAINTS.COMPLAINT_NOT_FOUND', `Complaint ${id} not found`, 404);
}

/** What a customer gets for another customer's history (R-IN-8). */
export function complaintHistoryNotFound(customerId: string): DomainError {
  return new DomainError('COMPLAINTS.COMPLAINT_HISTORY_NOT_FOUND', `No complaint history for customer ${customerId}`, 404);
}
