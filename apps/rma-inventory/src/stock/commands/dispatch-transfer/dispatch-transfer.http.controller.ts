import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { TransferView } from '../../stock.view';
import { DispatchTransferCommand } from './dispatch-transfer.command';
import { DispatchTransferRequest } from './dispatch-transfer.request';

@ApiTags('stock')
@Controller('v1/stock/transfers')
export class DispatchTransferHttpController {
  constructor(private readonly command: DispatchTransferCommand) {}

  @Post()
  @Roles('rma-admin', 'admin')
  @ApiOperation({ summary: 'Send stock from one warehouse to another: off the sender at once, in transit until received (R-RMA-5)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  @ApiCreatedResponse({ description: 'The transfer, in transit' })
  @ApiProblems({
    400: 'An invalid body; RMA.TRANSFER_TO_ITSELF, RMA.SERIALS_REQUIRED, RMA.SERIALS_NOT_EXPECTED',
    404: 'RMA.WAREHOUSE_NOT_FOUND, RMA.PART_NOT_FOUND, RMA.SERIAL_NOT_FOUND',
    409: 'RMA.STOCK_UNAVAILABLE (only unreserved stock travels), RMA.WAREHOUSE_INACTIVE, RMA.SERIAL_NOT_AVAILABLE',
  })
  async dispatch(
    @Body() body: DispatchTransferRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<TransferView> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
