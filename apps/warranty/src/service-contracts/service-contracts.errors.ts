import { DomainError } from '@aftersales/platform-service-defaults';

export const contractExists = (n: string) => new DomainError('WARRANTY.CONTRACT_EXISTS', `Service contract ${n} is already registered`, 409);
export const contractNotFound = (id: string) => new DomainError('WARRANTY.CONTRACT_NOT_FOUND', `Service contract ${id} not found`, 404);
export const contractUnitUnknown = (serial: string) => new DomainError('WARRANTY.UNKNOWN_UNIT', `Unit ${serial} is not registered: register it first`, 422);
export const contractOverlaps = (serial: string, other: string, from: string, to: string) =>
  new DomainError('WARRANTY.CONTRACT_OVERLAPS', `Unit ${serial} is already under contract ${other} from ${from} to ${to}`, 409);
