import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Page, Roles } from '@aftersales/platform-service-defaults';
import { EndpointPageResponse, EndpointView } from '../../webhook.view';
import { ListEndpointsQuery } from './list-endpoints.query';
import { ListEndpointsRequest } from './list-endpoints.request';

@ApiTags('webhooks')
@Controller('v1/webhook-endpoints')
export class ListEndpointsHttpController {
  constructor(private readonly query: ListEndpointsQuery) {}

  @Get()
  @Roles('integrator', 'admin')
  @ApiOperation({ summary: 'Webhook endpoints, newest first, with cursor pagination: an integrator\'s own, or all for an admin' })
  @ApiOkResponse({ type: EndpointPageResponse.Output })
  list(@Query() query: ListEndpointsRequest, @CurrentUser() user: AuthUser): Promise<Page<EndpointView>> {
    return this.query.execute(query, user);
  }
}
