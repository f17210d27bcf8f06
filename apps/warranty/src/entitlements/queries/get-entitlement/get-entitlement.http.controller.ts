import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DateTime } from 'luxon';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { isoDate, isoDateTime } from '@aftersales/contracts-core';
import { Roles } from '@aftersales/platform-service-defaults';
import { EntitlementEvaluator } from '../../entitlement.evaluator';
import { EntitlementCheckResponse, EntitlementCheckView, toCheckView } from '../../entitlement.view';

const getEntitlementQuery = z.strictObject({
  serial: z.string().trim().min(1).max(100).describe('Serial number of the unit'),
  at: z
    .union([isoDateTime, isoDate])
    .optional()
    .describe('Decide for this instant, or for this calendar day in the warranty time zone (default: now)'),
  purchaseDate: isoDate.optional().describe('For an unregistered unit: the purchase date the customer reports'),
  productModel: z.string().trim().min(1).max(100).optional().describe('For an unregistered unit: the model the customer reports'),
});
class GetEntitlementQuery extends createZodDto(getEntitlementQuery) {}

@ApiTags('entitlements')
@Controller('v1/entitlements')
export class GetEntitlementHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly evaluator: EntitlementEvaluator,
  ) {}

  @Get()
  @Roles('agent', 'engineer', 'admin')
  @ApiOperation({
    summary: 'Is this unit entitled to free service now (or at `at`)? Computed, not stored, with every rule evaluated (R-WA-7)',
    description: 'An unknown serial or model is not an error: the answer is out of warranty, with the reason.',
  })
  @ApiOkResponse({ type: EntitlementCheckResponse.Output })
  async get(@Query() q: GetEntitlementQuery): Promise<EntitlementCheckView> {
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
