import { DomainError } from '@aftersales/platform-service-defaults';

export const decisionNotFound = (id: string) => new DomainError('WARRANTY.DECISION_NOT_FOUND', `Entitlement decision ${id} not found`, 404);
