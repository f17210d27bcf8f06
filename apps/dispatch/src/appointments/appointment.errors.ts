import { DomainError } from '@aftersales/platform-service-defaults';
import { AppointmentRuleViolation } from './domain/appointment.policy';

export const appointmentNotFound = (id: string) => new DomainError('DISPATCH.APPOINTMENT_NOT_FOUND', `Appointment ${id} not found`, 404);
export const slotBegun = () => new DomainError('DISPATCH.SLOT_IN_PAST', 'The slot has already begun: propose a new one', 409);
/** Another customer's order: no hint that it exists (R-IN-8). */
export const foreignWorkOrder = () => new DomainError('DISPATCH.FOREIGN_WORK_ORDER', 'Not your work order', 404);
export const notOpenForAppointment = (status: string) => new DomainError('DISPATCH.WORK_ORDER_NOT_OPEN', `A ${status} work order gets no appointment`, 409);

/** The appointment rules' refusals as problem+json: a bad slot 400, a step out of order 409. */
export function asDomainError(error: unknown): unknown {
  if (error instanceof AppointmentRuleViolation) return new DomainError(error.code, error.message, error.badInput ? 400 : 409);
  return error;
}

/** Runs a rule of the appointment policy, its refusal turned into problem+json. */
export function rule<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw asDomainError(error);
  }
}
