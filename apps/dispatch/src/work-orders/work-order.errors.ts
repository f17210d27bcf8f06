import { DomainError } from '@aftersales/platform-service-defaults';
import { IllegalWorkOrderTransition, WorkOrderStatus, transitionWorkOrder } from './domain/work-order-lifecycle';

export const workOrderNotFound = (id: string) => new DomainError('DISPATCH.WORK_ORDER_NOT_FOUND', `Work order ${id} not found`, 404);

/** Manual assignment and takeover name an engineer who must exist and be active. */
export const engineerNotAssignable = (id: string) => new DomainError('DISPATCH.ENGINEER_NOT_FOUND', `Engineer ${id} not found or not active`, 404);

/** One work order per case (R-DS-1). */
export const caseHasWorkOrder = (caseId: string) => new DomainError('DISPATCH.CASE_HAS_WORK_ORDER', `Case ${caseId} already has a work order`, 409);

export const alreadyAssignedToEngineer = () => new DomainError('DISPATCH.ALREADY_ASSIGNED', 'The work order is already assigned to this engineer', 409);
export const alreadyYours = () => new DomainError('DISPATCH.ALREADY_ASSIGNED', 'The work order is already yours', 409);
export const alreadyEscalated = () => new DomainError('DISPATCH.ALREADY_ESCALATED', 'The work order is already with the experts', 409);
export const closedForAssignment = (status: string) => new DomainError('DISPATCH.WORK_ORDER_CLOSED', `A ${status} work order cannot be assigned`, 409);

/** Someone other than the order's engineer (or staff) acting on it; `may` says what they may not do. */
export const notAssignedEngineer = (may: string, staff = 'a manager') =>
  new DomainError('DISPATCH.NOT_ASSIGNED_ENGINEER', `Only the assigned engineer (or ${staff}) ${may}`, 403);

export const completedWithoutEngineer = () => new DomainError('DISPATCH.NOT_ASSIGNED', 'A work order without an engineer cannot be completed', 409);
export const openVisitBlocksCompletion = (visitId: string) =>
  new DomainError('DISPATCH.VISIT_OPEN', `Visit ${visitId} is open: complete it with the customer’s sign-off (R-DS-4)`, 409, { visitId });

/** R-SLA-4: only an assigned order has a first contact to record, and only one. */
export const noContactToRecord = (status: string) =>
  new DomainError('DISPATCH.NOT_ASSIGNED', `A ${status} work order without an engineer has no customer contact to record`, 409);
export const alreadyContacted = (at: Date) => new DomainError('DISPATCH.ALREADY_CONTACTED', `The customer was contacted at ${at.toISOString()}`, 409);
export const contactInFuture = () => new DomainError('DISPATCH.CONTACT_IN_FUTURE', 'contactedAt is in the future', 400);
export const contactBeforeAssignment = () => new DomainError('DISPATCH.CONTACT_BEFORE_ASSIGNMENT', 'contactedAt is before the assignment', 400);

/** A time reported from the field (arrival, consent, signature) that has not happened yet. */
export const timeInFuture = (field: string) => new DomainError('DISPATCH.TIME_IN_FUTURE', `${field} is in the future`, 400);

export const notYourDay = () => new DomainError('DISPATCH.NOT_YOUR_DAY', 'An engineer sees their own day only', 403);

/** The lifecycle's refusal as a 409 problem. */
export function transitionOrConflict(from: WorkOrderStatus, to: WorkOrderStatus): WorkOrderStatus {
  try {
    return transitionWorkOrder(from, to);
  } catch (error) {
    if (error instanceof IllegalWorkOrderTransition) throw new DomainError(error.code, error.message, 409, { from: error.from, allowed: error.allowed });
    throw error;
  }
}
