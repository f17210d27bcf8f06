import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, Roles } from '@aftersales/platform-service-defaults';
import { EntitlementDecisionPageResponse, EntitlementDecisionResponse, EntitlementDecisionView } from '../../entitlement.view';
import { ListDecisionsQuery } from './list-decisions.query';
import { ListDecisionsRequest } from './list-decisions.request';

@ApiTags('entitlements')
@Controller('v1/entitlement-decisions')
export class ListDecisionsHttpController {
  constructor(private readonly query: ListDecisionsQuery) {}

  @Get()
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'The stored decisions made for opened cases, newest first, with their explanation (R-WA-7)' })
  @ApiOkResponse({ type: EntitlementDecisionPageResponse.Output })
  list(@Query() q: ListDecisionsRequest): Promise<Page<EntitlementDecisionView>> {
    return this.query.list(q);
  }

  @Get(':id')
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'One stored decision with its rules and evidence (R-WA-7)' })
  @ApiOkResponse({ type: EntitlementDecisionResponse.Output })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<EntitlementDecisionView> {
    return this.query.get(id);
  }
}
