import { DomainError } from '@aftersales/platform-service-defaults';

/** The SLA engine's refusals, with stable codes (problem+json `type`). */

export function slaCalendarUnknown(calendarId: string): DomainError {
  return new DomainError('INTAKE.SLA_CALENDAR_UNKNOWN', `No calendar ${calendarId}: create it first (PUT /v1/sla/calendars/${calendarId})`, 422);
}

export function slaCalendarInvalid(calendarId: string, problems: string[]): DomainError {
  return new DomainError('INTAKE.SLA_CALENDAR_INVALID', `Calendar ${calendarId} is not valid: ${problems.join('; ')}`, 422, { problems });
}

export function slaBadCode(kind: 'plan' | 'calendar'): DomainError {
  return new DomainError('INTAKE.SLA_BAD_CODE', `A ${kind} code is 1-40 lower-case letters, digits and hyphens`, 400);
}

export function slaPlanNotFound(code: string): DomainError {
  return new DomainError('INTAKE.SLA_PLAN_NOT_FOUND', `No SLA plan ${code}`, 404);
}

export function slaCalendarNotFound(calendarId: string): DomainError {
  return new DomainError('INTAKE.SLA_CALENDAR_NOT_FOUND', `No calendar ${calendarId}`, 404);
}

export function escalationNotFound(caseId: string, escalationId: string): DomainError {
  return new DomainError('INTAKE.ESCALATION_NOT_FOUND', `Case ${caseId} has no escalation ${escalationId}`, 404);
}

export function escalationAlreadyAnswered(escalationId: string, reactedAt: Date): DomainError {
  return new DomainError('INTAKE.ESCALATION_ALREADY_ANSWERED', `Escalation ${escalationId} was answered at ${reactedAt.toISOString()}`, 409);
}

export function slaIcsInvalid(calendarId: string, problems: string[]): DomainError {
  return new DomainError('INTAKE.SLA_ICS_INVALID', `The iCalendar for calendar ${calendarId} is not taken: ${problems.join('; ')}`, 422, { problems });
}

export function slaIcsNotCalendar(): DomainError {
  return new DomainError('INTAKE.SLA_ICS_MEDIA_TYPE', 'Send the holidays as text/calendar (iCalendar), not empty', 400);
}
