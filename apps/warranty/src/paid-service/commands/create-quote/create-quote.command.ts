import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AppConfig, AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { localDate } from '../../../entitlements/domain/entitlement.policy';
import { EntitlementDecisionEntity } from '../../../entitlements/infrastructure/entitlement-decision.entity';
import { PackageCover } from '../../domain/quote.policy';
import { QuoteEntity, ServicePackageEntity } from '../../infrastructure/paid-service.entities';
import { decisionNotFound, notPaidService, packageNotApplicable, packageNotFound } from '../../paid-service.errors';
import { QuoteView, toQuoteView } from '../../paid-service.view';
import { priceWork } from '../../pricing';
import { CreateQuoteRequest } from './create-quote.request';

/** A quote for paid service (R-DS-7): parts + labour (+ travel) less the customer's service package, stored with its explanation. */
@Injectable()
export class CreateQuoteCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly config: AppConfig,
  ) {}

  async execute(request: CreateQuoteRequest, user: AuthUser, key?: string): Promise<IdempotentResult<QuoteView>> {
    return this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key, scope: `create-quote:${user.sub}`, request }, async () => {
        const decision = await m.getRepository(EntitlementDecisionEntity).findOneBy({ id: request.decisionId });
        if (!decision) throw decisionNotFound(request.decisionId);
        if (decision.remedy !== 'paid-service') throw notPaidService(decision.id, decision.remedy);
        const pkg = request.packageNumber ? await this.packageCover(m, request.packageNumber, decision.serialNumber) : null;
        const cover = pkg?.cover ?? null;
        const { list, quote } = await priceWork(m, request.priceListCode, request, cover);
        if (pkg && pkg.currency !== list.currency) throw packageNotApplicable(pkg.cover.packageNumber, `its allowance is in ${pkg.currency}, the price list in ${list.currency}`);
        const row = m.getRepository(QuoteEntity).create({
          id: uuidv7(),
          decisionId: decision.id,
          caseId: decision.caseId,
          serialNumber: decision.serialNumber,
          priceListCode: list.code,
          packageNumber: cover?.packageNumber ?? null,
          currency: quote.currency,
          lines: quote.lines,
          deductions: quote.deductions,
          subtotalMinor: quote.subtotalMinor,
          totalMinor: quote.totalMinor,
          // Why it is paid: the decision's failing rules, then the fee's own.
          rules: [...decision.rules.filter((r) => r.outcome === 'failed'), ...quote.rules],
          createdBy: user.sub,
          createdAt: new Date(),
        });
        await m.getRepository(QuoteEntity).insert(row);
        return { status: 201, body: toQuoteView(row) };
      }),
    );
  }

  private async packageCover(m: EntityManager, packageNumber: string, serialNumber: string): Promise<{ cover: PackageCover; currency: string }> {
    const pkg = await m.getRepository(ServicePackageEntity).findOneBy({ packageNumber });
    if (!pkg) throw packageNotFound(packageNumber);
    if (pkg.serialNumber !== serialNumber) throw packageNotApplicable(packageNumber, `it was bought for unit ${pkg.serialNumber}, not ${serialNumber}`);
    const today = localDate(new Date(), this.config.get<string>('WARRANTY_TIME_ZONE'));
    if (today < pkg.validFrom || today > pkg.validTo) throw packageNotApplicable(packageNumber, `it is valid from ${pkg.validFrom} to ${pkg.validTo}, not on ${today}`);
    return { cover: { packageNumber, labourMinutes: pkg.labourMinutes, travel: pkg.travel, partsAllowanceMinor: pkg.partsAllowanceMinor }, currency: pkg.currency };
  }
}
