/** R-IG-1, R-IG-2: an integrator is active from registration until an admin revokes it; revocation is final. */
export const INTEGRATOR_STATUSES = ['active', 'revoked'] as const;
export type IntegratorStatus = (typeof INTEGRATOR_STATUSES)[number];

export class IntegratorAlreadyRevokedError extends Error {}

export function revoke(status: IntegratorStatus): IntegratorStatus {
  if (status === 'revoked') throw new IntegratorAlreadyRevokedError('The integrator is already revoked');
  return 'revoked';
}

/** R-IG-2: only an active integrator gets a token. */
export function mayGetToken(status: IntegratorStatus): boolean {
  return status === 'active';
}
