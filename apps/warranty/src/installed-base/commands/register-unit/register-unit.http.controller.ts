import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { UnitResponse, UnitView } from '../../installed-base.view';
import { RegisterUnitCommand } from './register-unit.command';
import { RegisterUnitRequest } from './register-unit.request';

@ApiTags('installed base')
@Controller('v1/units')
export class RegisterUnitHttpController {
  constructor(private readonly command: RegisterUnitCommand) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Register a unit by serial number (R-WA-5); an unknown product model is a 422, a serial already registered a 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  @ApiCreatedResponse({ type: UnitResponse.Output })
  async register(
    @Body() body: RegisterUnitRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<UnitView> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
