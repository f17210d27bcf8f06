import { DomainError } from '@aftersales/platform-service-defaults';

export const invalidOrgUnitCode = (message: string) => new DomainError('DISPATCH.INVALID_ORG_UNIT_CODE', message, 400);
/** R-DS-3: only a branch covers regions. */
export const regionsOnNonBranch = () =>
  new DomainError('DISPATCH.REGIONS_ON_NON_BRANCH', 'Only a branch covers regions; the repair center covers every region without engineers', 400);
export const selfNeighbour = () => new DomainError('DISPATCH.SELF_NEIGHBOUR', 'A unit cannot be its own neighbour', 400);
export const unknownNeighbour = (neighbours: string[]) => new DomainError('DISPATCH.UNKNOWN_NEIGHBOUR', `Every neighbour must be a known branch: ${neighbours.join(', ')}`, 422);
