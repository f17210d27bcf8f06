import { ClaimDecidedV1Data } from '@aftersales/contracts-warranty';
import { WarrantyClaimEntity } from '../infrastructure/paid-service.entities';

/** claim.decided.v1 for a claim just approved or rejected. */
export function claimDecidedData(claim: WarrantyClaimEntity, status: 'approved' | 'rejected'): ClaimDecidedV1Data {
  return {
    claimId: claim.id,
    decisionId: claim.decisionId,
    caseId: claim.caseId,
    serialNumber: claim.serialNumber,
    status,
    reason: claim.reason,
    amountMinor: claim.amountMinor,
    currency: claim.currency,
    priceListCode: claim.priceListCode,
    decidedAt: (claim.decidedAt as Date).toISOString(),
  };
}
