import { DomainError } from '@aftersales/platform-service-defaults';

export const engineerNotFound = (id: string) => new DomainError('DISPATCH.ENGINEER_NOT_FOUND', `Engineer ${id} not found`, 404);
export const invalidCalendar = (problems: string[]) => new DomainError('DISPATCH.INVALID_CALENDAR', `Invalid working calendar: ${problems.join('; ')}`, 400, { problems });
export const unknownHomeUnit = (code: string) => new DomainError('DISPATCH.UNKNOWN_ORG_UNIT', `Org unit ${code} is not known`, 422);
