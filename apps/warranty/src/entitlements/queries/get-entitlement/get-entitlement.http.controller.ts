import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { EntitlementCheckResponse, EntitlementCheckView } from '../../entitlement.view';
import { GetEntitlementQuery } from './get-entitlement.query';
import { GetEntitlementRequest } from './get-entitlement.request';

@ApiTags('entitlements')
@Controller('v1/entitlements')
export class GetEntitlementHttpController {
  constructor(private readonly query: GetEntitlementQuery) {}

  @Get()
  @Roles('agent', 'engineer', 'admin')
  @ApiOperation({
    summary: 'Is this unit entitled to free service now (or at `at`)? Computed, not stored, with every rule evaluated (R-WA-7)',
    description: 'An unknown serial or model is not an error: the answer is out of warranty, with the reason.',
  })
  @ApiOkResponse({ type: EntitlementCheckResponse.Output })
  get(@Query() q: GetEntitlementRequest): Promise<EntitlementCheckView> {
    return this.query.execute(q);
  }
}
