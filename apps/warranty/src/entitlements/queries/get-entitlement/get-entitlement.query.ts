import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { isoDate } from '@aftersales/contracts-core';
import { EntitlementEvaluator } from '../../entitlement.evaluator';
import { EntitlementCheckView, toCheckView } from '../../entitlement.view';
import { GetEntitlementRequest } from './get-entitlement.request';

/** The entitlement of a unit at an instant, computed and not stored, with every rule evaluated (R-WA-7). */
@Injectable()
export class GetEntitlementQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly evaluator: EntitlementEvaluator,
  ) {}

  async execute(q: GetEntitlementRequest): Promise<EntitlementCheckView> {
    const decision = await this.evaluator.evaluate(this.dataSource.manager, {
      serialNumber: q.serial,
      productModel: q.productModel ?? null,
      purchaseDate: q.purchaseDate ?? null,
      at: this.instant(q.at),
    });
    return toCheckView(q.serial, decision);
  }

  /** A bare date means that day in the warranty's zone (noon, far from either midnight). */
  private instant(at: string | undefined): Date {
    if (!at) return new Date();
    if (isoDate.safeParse(at).success) return DateTime.fromISO(at, { zone: this.evaluator.timeZone }).set({ hour: 12 }).toJSDate();
    return new Date(at);
  }
}
