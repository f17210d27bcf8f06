import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { ReservationView } from '../../stock.view';
import { HoldForContractCommand } from './hold-for-contract.command';
import { HoldForContractRequest } from './hold-for-contract.request';

@ApiTags('stock')
@Controller('v1/stock/contract-holds')
export class HoldForContractHttpController {
  constructor(private readonly command: HoldForContractCommand) {}

  @Post()
  @Roles('rma-admin', 'admin')
  @ApiOperation({ summary: "Hold critical spares in a warehouse for one service contract: only that contract's cases may reserve them (R-RMA-5)" })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  @ApiCreatedResponse({ description: 'The hold (a reservation of kind contract-hold)' })
  @ApiProblems({
    400: 'An invalid body',
    404: 'RMA.WAREHOUSE_NOT_FOUND, RMA.PART_NOT_FOUND',
    409: 'RMA.STOCK_UNAVAILABLE (availableWhere lists what is available where), RMA.WAREHOUSE_INACTIVE, RMA.PART_INACTIVE',
  })
  async hold(
    @Body() body: HoldForContractRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<ReservationView> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
