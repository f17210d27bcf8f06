import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiForbiddenResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { CreatedEndpointResponse, CreatedEndpointView } from '../../webhook.view';
import { CreateEndpointCommand } from './create-endpoint.command';
import { CreateEndpointRequest } from './create-endpoint.request';

@ApiTags('webhooks')
@Controller('v1/webhook-endpoints')
export class CreateEndpointHttpController {
  constructor(private readonly command: CreateEndpointCommand) {}

  @Post()
  @Roles('integrator')
  @ApiOperation({
    summary: 'Register a webhook endpoint with subject filters within the token\'s subjects (R-IG-4); answers its whsec_ signing secret',
    description: 'Each matching event is POSTed once, signed as Standard Webhooks says (webhook-id, webhook-timestamp, webhook-signature).',
  })
  @ApiCreatedResponse({ type: CreatedEndpointResponse.Output })
  @ApiForbiddenResponse({ description: 'INTEGRATIONS.SUBJECT_OUTSIDE_SCOPE: a filter beyond what the integrator may read' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  async create(
    @Body() body: CreateEndpointRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<CreatedEndpointView> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
