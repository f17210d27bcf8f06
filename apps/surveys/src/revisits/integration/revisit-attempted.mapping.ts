import { RevisitAttemptedV1Data } from '@aftersales/contracts-surveys';
import { RevisitEntity } from '../infrastructure/revisit.entities';

/** revisit.attempted.v1: the customer was not reached (R-SV-2). */
export function revisitAttemptedData(r: RevisitEntity, retryOn: string | null, by: string, at: Date): RevisitAttemptedV1Data {
  return { revisitId: r.id, attempt: r.attempts, retryOn, status: r.status === 'unreachable' ? 'unreachable' : 'scheduled', attemptedBy: by, attemptedAt: at.toISOString() };
}
