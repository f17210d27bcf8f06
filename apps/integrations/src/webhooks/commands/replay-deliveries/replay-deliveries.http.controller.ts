import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ReplayResponse, ReplayView } from '../../webhook.view';
import { ReplayDeliveriesCommand } from './replay-deliveries.command';
import { ReplayDeliveriesRequest } from './replay-deliveries.request';

@ApiTags('webhooks')
@Controller('v1/webhook-endpoints')
export class ReplayDeliveriesHttpController {
  constructor(private readonly command: ReplayDeliveriesCommand) {}

  @Post(':id/replay')
  @HttpCode(202)
  @Roles('integrator', 'admin')
  @ApiOperation({ summary: 'Send one message (eventId) or every message of a time range (since, until) to the endpoint again (R-IG-5)' })
  @ApiAcceptedResponse({ type: ReplayResponse.Output })
  replay(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ReplayDeliveriesRequest, @CurrentUser() user: AuthUser): Promise<ReplayView> {
    return this.command.execute(id, body, user);
  }
}
