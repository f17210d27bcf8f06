import { DomainError } from '@aftersales/platform-service-defaults';
import { RenegotiationRefused } from './domain/complaint-deadlines';
import { ComplaintStatus, IllegalComplaintTransition, transition } from './domain/complaint-lifecycle';
import { ProcedureStepRefused } from './domain/complaint-procedure';
import { EvidenceMissing } from './domain/complaint.policy';

/** Also what a customer gets for another customer's complaint: no hint that it exists (R-IN-8). */
export function complaintNotFound(id: string): DomainError {
  return new DomainError('COMPLAINTS.COMPLAINT_NOT_FOUND', `Complaint ${id} not found`, 404);
}

/** What a customer gets for another customer's history (R-IN-8). */
export function complaintHistoryNotFound(customerId: string): DomainError {
  return new DomainError('COMPLAINTS.COMPLAINT_HISTORY_NOT_FOUND', `No complaint history for customer ${customerId}`, 404);
}

/** A state change requested over HTTP: an illegal one is a 409 that lists the allowed transitions. */
export function transitionOrConflict(from: ComplaintStatus, to: ComplaintStatus): ComplaintStatus {
  try {
    return transition(from, to);
  } catch (error) {
    throw asDomainError(error);
  }
}

/** The domain's refusals as problem+json. */
export function asDomainError(error: unknown): unknown {
  if (error instanceof IllegalComplaintTransition) return new DomainError(error.code, error.message, 409, { from: error.from, to: error.to, allowed: error.allowed });
  if (error instanceof ProcedureStepRefused) return new DomainError(error.code, error.message, error.code === 'COMPLAINTS.SKIP_REASON_REQUIRED' ? 422 : 409, { expected: error.expected });
  if (error instanceof EvidenceMissing) return new DomainError(error.code, error.message, 422, { commitment: error.commitment, missing: error.missing });
  if (error instanceof RenegotiationRefused) return new DomainError(error.code, error.message, 422);
  return error;
}

/** Runs a pure rule and turns its refusal into problem+json. */
export function ruled<T>(rule: () => T): T {
  try {
    return rule();
  } catch (error) {
    throw asDomainError(error);
  }
}

/** A closed complaint keeps its record: no more steps, deadlines or notes. */
export function complaintClosed(id: string): DomainError {
  return new DomainError('COMPLAINTS.COMPLAINT_CLOSED', `Complaint ${id} is closed`, 409);
}

/** A resolution with a compensation above the approval amount goes to the customer only once a manager approved it. */
export function compensationNotApproved(id: string, approvalAboveMinor: number): DomainError {
  return new DomainError(
    'COMPLAINTS.COMPENSATION_NOT_APPROVED',
    `The compensation proposed on complaint ${id} is above ${approvalAboveMinor} minor units and waits for a manager's approval`,
    409,
  );
}

/** Only a proposal whose compensation needs approval, and has none yet, is approved or refused. */
export function noApprovalPending(id: string): DomainError {
  return new DomainError('COMPLAINTS.NO_APPROVAL_PENDING', `Complaint ${id} has no compensation waiting for approval`, 409);
}

/** R-CP-4: a resolved or closed complaint has no deadline left to renegotiate. */
export function deadlineNotRunning(id: string): DomainError {
  return new DomainError('COMPLAINTS.DEADLINE_NOT_RUNNING', `Complaint ${id} is resolved: its handling deadline no longer runs`, 409);
}

/** Only a level that was told can react, and once. */
export function noEscalationToReactTo(id: string, level: number): DomainError {
  return new DomainError('COMPLAINTS.NO_ESCALATION_TO_REACT_TO', `Complaint ${id} has no unanswered level-${level} escalation`, 409);
}

/** The complainant answers a proposed resolution: none was proposed. */
export function noResolutionProposed(id: string): DomainError {
  return new DomainError('COMPLAINTS.NO_RESOLUTION_PROPOSED', `Complaint ${id} has no proposed resolution to accept or reject`, 409);
}
