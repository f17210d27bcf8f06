import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ServicePackageResponse, ServicePackageView } from '../../paid-service.view';
import { RegisterServicePackageCommand } from './register-service-package.command';
import { RegisterServicePackageRequest } from './register-service-package.request';

@ApiTags('paid service')
@Controller('v1/service-packages')
export class RegisterServicePackageHttpController {
  constructor(private readonly command: RegisterServicePackageCommand) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Register a service package bought for a unit: labour minutes, travel, parts allowance off paid service (R-DS-7)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: ServicePackageResponse.Output })
  async register(
    @Body() body: RegisterServicePackageRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<ServicePackageView> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
