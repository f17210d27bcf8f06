import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { IntegratorResponse, IntegratorView } from '../../integrator.view';
import { RevokeIntegratorCommand } from './revoke-integrator.command';

@ApiTags('integrators')
@Controller('v1/integrators')
export class RevokeIntegratorHttpController {
  constructor(private readonly command: RevokeIntegratorCommand) {}

  @Post(':id/revoke')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Revoke an integrator: its secret gets no token from now on (R-IG-2); emits aftersales.integrations.integrator.revoked.v1' })
  @ApiOkResponse({ type: IntegratorResponse.Output })
  @ApiConflictResponse({ description: 'INTEGRATIONS.INTEGRATOR_ALREADY_REVOKED' })
  revoke(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<IntegratorView> {
    return this.command.execute(id, user);
  }
}
