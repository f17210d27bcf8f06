import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { EntitlementDecisionEntity } from '../../../entitlements/infrastructure/entitlement-decision.entity';
import { isUniqueViolation } from '../../../installed-base/installed-base.errors';
import { claimable } from '../../domain/claim.lifecycle';
import { WarrantyClaimEntity } from '../../infrastructure/paid-service.entities';
import { claimExists, decisionNotFound, notClaimable } from '../../paid-service.errors';
import { ClaimView, toClaimView } from '../../paid-service.view';
import { priceWork } from '../../pricing';
import { SubmitClaimRequest } from './submit-claim.request';

/** A claim on warranty for a free repair, valued on a price list; one per case decision. */
@Injectable()
export class SubmitClaimCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
  ) {}

  async execute(request: SubmitClaimRequest, user: AuthUser, key?: string): Promise<IdempotentResult<ClaimView>> {
    try {
      return await this.dataSource.transaction((m) =>
        this.idempotency.execute(m, { key, scope: `submit-claim:${user.sub}`, request }, async () => {
          const decision = await m.getRepository(EntitlementDecisionEntity).findOneBy({ id: request.decisionId });
          if (!decision) throw decisionNotFound(request.decisionId);
          if (!claimable(decision.remedy)) throw notClaimable(decision.id);
          const repo = m.getRepository(WarrantyClaimEntity);
          if (await repo.existsBy({ decisionId: decision.id })) throw claimExists(decision.id);
          const { list, quote } = await priceWork(m, request.priceListCode, request, null);
          const claim = repo.create({
            id: uuidv7(),
            decisionId: decision.id,
            caseId: decision.caseId,
            serialNumber: decision.serialNumber,
            priceListCode: list.code,
            currency: quote.currency,
            lines: quote.lines,
            amountMinor: quote.subtotalMinor,
            status: 'submitted',
            reason: null,
            submittedBy: user.sub,
            submittedAt: new Date(),
            decidedBy: null,
            decidedAt: null,
            version: 1,
          });
          await repo.insert(claim);
          return { status: 201, body: toClaimView(claim) };
        }),
      );
    } catch (error) {
      throw isUniqueViolation(error) ? claimExists(request.decisionId) : error;
    }
  }
}
