/** Warranty claims for free repairs: submitted, then approved or rejected with a reason, once. */

export type ClaimStatus = 'submitted' | 'approved' | 'rejected';

export type ClaimDecision = { action: 'approve'; reason: string | null } | { action: 'reject'; reason: string };

export class ClaimTransitionError extends Error {}

export function decideClaim(status: ClaimStatus, decision: ClaimDecision): { status: ClaimStatus; reason: string | null } {
  if (status !== 'submitted') throw new ClaimTransitionError(`the claim was already ${status}`);
  if (decision.action === 'reject' && !decision.reason.trim()) throw new ClaimTransitionError('a rejection needs a reason');
  return { status: decision.action === 'approve' ? 'approved' : 'rejected', reason: decision.reason };
}

/** Only free service is claimed from warranty (R-WA-1): paid service is quoted to the customer instead (R-DS-7). */
export function claimable(remedy: string): boolean {
  return remedy === 'free-repair' || remedy === 'replacement' || remedy === 'return-or-exchange' || remedy === 'exchange';
}
