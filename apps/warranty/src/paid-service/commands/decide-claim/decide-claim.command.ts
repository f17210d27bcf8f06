import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { ClaimTransitionError, decideClaim } from '../../domain/claim.lifecycle';
import { WarrantyClaimEntity } from '../../infrastructure/paid-service.entities';
import { claimAlreadyDecided, claimNotFound } from '../../paid-service.errors';
import { ClaimView, toClaimView } from '../../paid-service.view';
import { DecideClaimRequest } from './decide-claim.request';

/** Approve a submitted claim, or reject it with the reason; a decided claim stays decided. */
@Injectable()
export class DecideClaimCommand {
  constructor(private readonly dataSource: DataSource) {}

  async execute(id: string, request: DecideClaimRequest, user: AuthUser): Promise<ClaimView> {
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(WarrantyClaimEntity);
      const claim = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!claim) throw claimNotFound(id);
      let next;
      try {
        next = decideClaim(claim.status, request.action === 'approve' ? { action: 'approve', reason: request.reason ?? null } : { action: 'reject', reason: request.reason ?? '' });
      } catch (error) {
        if (error instanceof ClaimTransitionError) throw claimAlreadyDecided(`Warranty claim ${id}: ${error.message}`);
        throw error;
      }
      claim.status = next.status;
      claim.reason = next.reason;
      claim.decidedBy = user.sub;
      claim.decidedAt = new Date();
      claim.version += 1;
      await repo.save(claim);
      return toClaimView(claim);
    });
  }
}
