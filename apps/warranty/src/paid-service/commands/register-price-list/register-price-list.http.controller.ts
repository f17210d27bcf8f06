import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { PriceListResponse, PriceListView } from '../../paid-service.view';
import { RegisterPriceListCommand } from './register-price-list.command';
import { RegisterPriceListRequest } from './register-price-list.request';

@ApiTags('paid service')
@Controller('v1/price-lists')
export class RegisterPriceListHttpController {
  constructor(private readonly command: RegisterPriceListCommand) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Register a price list: labour rate per hour, travel fee per on-site visit, part prices (R-DS-7)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: PriceListResponse.Output })
  async register(
    @Body() body: RegisterPriceListRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<PriceListView> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
