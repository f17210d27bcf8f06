import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Page, Roles } from '@aftersales/platform-service-defaults';
import { AttemptPageResponse, AttemptView } from '../../webhook.view';
import { ListAttemptsQuery } from './list-attempts.query';
import { ListAttemptsRequest } from './list-attempts.request';

@ApiTags('webhooks')
@Controller('v1/webhook-endpoints')
export class ListAttemptsHttpController {
  constructor(private readonly query: ListAttemptsQuery) {}

  @Get(':id/attempts')
  @Roles('integrator', 'admin')
  @ApiOperation({ summary: 'Delivery attempts of a webhook endpoint, newest first, with status and latency (R-IG-5)' })
  @ApiOkResponse({ type: AttemptPageResponse.Output })
  list(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: ListAttemptsRequest, @CurrentUser() user: AuthUser): Promise<Page<AttemptView>> {
    return this.query.execute(id, query, user);
  }
}
