import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { EndpointResponse, EndpointView } from '../../webhook.view';
import { EnableEndpointCommand } from './enable-endpoint.command';

@ApiTags('webhooks')
@Controller('v1/webhook-endpoints')
export class EnableEndpointHttpController {
  constructor(private readonly command: EnableEndpointCommand) {}

  @Post(':id/enable')
  @HttpCode(200)
  @Roles('integrator', 'admin')
  @ApiOperation({ summary: 'Enable a disabled webhook endpoint again (R-IG-6); the deliveries it missed are sent' })
  @ApiOkResponse({ type: EndpointResponse.Output })
  @ApiConflictResponse({ description: 'INTEGRATIONS.WEBHOOK_ENDPOINT_ALREADY_ENABLED' })
  enable(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<EndpointView> {
    return this.command.execute(id, user);
  }
}
