import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { RegisteredIntegratorResponse, RegisteredIntegratorView } from '../../integrator.view';
import { RegisterIntegratorCommand } from './register-integrator.command';
import { RegisterIntegratorRequest } from './register-integrator.request';

@ApiTags('integrators')
@Controller('v1/integrators')
export class RegisterIntegratorHttpController {
  constructor(private readonly command: RegisterIntegratorCommand) {}

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary: 'Register an integrator with the subjects it may read (R-IG-1, R-IG-3); emits aftersales.integrations.integrator.registered.v1',
    description: 'The answer holds the client id and, this once, the client secret; only its hash is kept. A retry with the same Idempotency-Key returns the integrator without the secret.',
  })
  @ApiCreatedResponse({ type: RegisteredIntegratorResponse.Output })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer (without the secret)' })
  async register(
    @Body() body: RegisterIntegratorRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<RegisteredIntegratorView> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
