import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { EndpointResponse, EndpointView } from '../../webhook.view';
import { GetEndpointQuery } from './get-endpoint.query';

@ApiTags('webhooks')
@Controller('v1/webhook-endpoints')
export class GetEndpointHttpController {
  constructor(private readonly query: GetEndpointQuery) {}

  @Get(':id')
  @Roles('integrator', 'admin')
  @ApiOperation({ summary: 'One webhook endpoint with its health (R-IG-6)' })
  @ApiOkResponse({ type: EndpointResponse.Output })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<EndpointView> {
    return this.query.execute(id, user);
  }
}
