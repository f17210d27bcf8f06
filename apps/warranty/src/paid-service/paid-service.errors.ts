import { DomainError } from '@aftersales/platform-service-defaults';

export const priceListExists = (code: string) => new DomainError('WARRANTY.PRICE_LIST_EXISTS', `Price list ${code} is already registered`, 409);
export const priceListNotFound = (code: string) => new DomainError('WARRANTY.PRICE_LIST_NOT_FOUND', `Price list ${code} not found`, 404);
export const packageExists = (n: string) => new DomainError('WARRANTY.PACKAGE_EXISTS', `Service package ${n} is already registered`, 409);
export const packageNotFound = (n: string) => new DomainError('WARRANTY.PACKAGE_NOT_FOUND', `Service package ${n} not found`, 404);
export const packageNotApplicable = (n: string, why: string) => new DomainError('WARRANTY.PACKAGE_NOT_APPLICABLE', `Service package ${n} does not apply: ${why}`, 422);
export const unknownUnit = (serial: string) => new DomainError('WARRANTY.UNKNOWN_UNIT', `Unit ${serial} is not registered: register it first`, 422);
export const decisionNotFound = (id: string) => new DomainError('WARRANTY.DECISION_NOT_FOUND', `Entitlement decision ${id} not found`, 404);
export const notPaidService = (id: string, remedy: string) =>
  new DomainError('WARRANTY.NOT_PAID_SERVICE', `Decision ${id} is ${remedy}: the customer pays nothing, submit a warranty claim instead`, 422);
export const notClaimable = (id: string) => new DomainError('WARRANTY.NOT_CLAIMABLE', `Decision ${id} is paid service: quote it to the customer instead (R-DS-7)`, 422);
export const claimExists = (decisionId: string) => new DomainError('WARRANTY.CLAIM_EXISTS', `A warranty claim for decision ${decisionId} already exists`, 409);
export const claimNotFound = (id: string) => new DomainError('WARRANTY.CLAIM_NOT_FOUND', `Warranty claim ${id} not found`, 404);
export const claimAlreadyDecided = (message: string) => new DomainError('WARRANTY.CLAIM_ALREADY_DECIDED', message, 409);
export const quoteNotFound = (id: string) => new DomainError('WARRANTY.QUOTE_NOT_FOUND', `Quote ${id} not found`, 404);
export const unknownParts = (parts: string[], code: string) =>
  new DomainError('WARRANTY.UNKNOWN_PART', `Part(s) ${parts.join(', ')} are not on price list ${code}`, 422, { partNumbers: parts });
