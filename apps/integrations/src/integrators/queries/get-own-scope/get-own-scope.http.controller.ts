import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { OwnScopeResponse, OwnScopeView } from '../../integrator.view';

@ApiTags('integrators')
@Controller('v1/integrator')
export class GetOwnScopeHttpController {
  @Get('scope')
  @Roles('integrator')
  @ApiOperation({ summary: 'What the calling integrator\'s token lets it read (R-IG-3): check a token before subscribing' })
  @ApiOkResponse({ type: OwnScopeResponse.Output })
  scope(@CurrentUser() user: AuthUser): OwnScopeView {
    return { integratorId: user.sub.replace(/^integrator:/, ''), subjects: user.subjects ?? [] };
  }
}
