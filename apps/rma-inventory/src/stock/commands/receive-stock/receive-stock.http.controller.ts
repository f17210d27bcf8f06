import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StockReceivedV1Data } from '@aftersales/contracts-rma-inventory';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { ReceiveStockCommand } from './receive-stock.command';
import { ReceiveStockRequest } from './receive-stock.request';

@ApiTags('stock')
@Controller('v1/stock/receipts')
export class ReceiveStockHttpController {
  constructor(private readonly command: ReceiveStockCommand) {}

  @Post()
  @Roles('rma-admin', 'admin')
  @ApiOperation({ summary: 'Receive spare parts from a supplier into a warehouse (R-RMA-5)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  @ApiCreatedResponse({ description: 'The receipt, with what is on hand after it' })
  @ApiProblems({
    400: 'An invalid body; RMA.SERIALS_REQUIRED, RMA.SERIALS_NOT_EXPECTED',
    404: 'RMA.WAREHOUSE_NOT_FOUND, RMA.PART_NOT_FOUND',
    409: 'RMA.WAREHOUSE_INACTIVE, RMA.PART_INACTIVE, RMA.SERIAL_EXISTS',
  })
  async receive(
    @Body() body: ReceiveStockRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<StockReceivedV1Data> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
