import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ClaimDecidedV1 } from '@aftersales/contracts-warranty';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { ClaimTransitionError, decideClaim } from '../../domain/claim.lifecycle';
import { WarrantyClaimEntity } from '../../infrastructure/paid-service.entities';
import { claimDecidedData } from '../../integration/claim-decided.mapping';
import { claimAlreadyDecided, claimNotFound } from '../../paid-service.errors';
import { ClaimView, toClaimView } from '../../paid-service.view';
import { DecideClaimRequest } from './decide-claim.request';

/** Approve a submitted claim, or reject it with the reason, and say so (claim.decided.v1); a decided claim stays decided. */
@Injectable()
export class DecideClaimCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

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
      await this.outbox.append(m, ClaimDecidedV1, {
        aggregateId: claim.id,
        sequence: claim.version,
        data: claimDecidedData(claim, next.status === 'approved' ? 'approved' : 'rejected'),
      });
      return toClaimView(claim);
    });
  }
}
