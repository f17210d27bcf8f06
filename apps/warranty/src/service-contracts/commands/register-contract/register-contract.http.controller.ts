import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ServiceContractResponse, ServiceContractView } from '../../service-contracts.view';
import { RegisterContractCommand } from './register-contract.command';
import { RegisterContractRequest } from './register-contract.request';

@ApiTags('service contracts')
@Controller('v1/service-contracts')
export class RegisterContractHttpController {
  constructor(private readonly command: RegisterContractCommand) {}

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary: 'Register a service contract or extended warranty for a unit (R-WA-6)',
    description: 'Its SLA plan code reaches intake on the entitlement of every case opened within its term. A unit has one contract in force per day: an overlap is a 409.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  @ApiCreatedResponse({ type: ServiceContractResponse.Output })
  async register(
    @Body() body: RegisterContractRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<ServiceContractView> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
