import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StockWrittenOffV1Data } from '@aftersales/contracts-rma-inventory';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { WriteOffStockCommand } from './write-off-stock.command';
import { WriteOffStockRequest } from './write-off-stock.request';

@ApiTags('stock')
@Controller('v1/stock/write-offs')
export class WriteOffStockHttpController {
  constructor(private readonly command: WriteOffStockCommand) {}

  @Post()
  @Roles('rma-admin', 'admin')
  @ApiOperation({ summary: 'Scrap stock or return it to its supplier (R-RMA-5)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  @ApiCreatedResponse({ description: 'The write-off' })
  @ApiProblems({
    400: 'An invalid body; RMA.SERIALS_REQUIRED, RMA.SERIALS_NOT_EXPECTED',
    404: 'RMA.WAREHOUSE_NOT_FOUND, RMA.PART_NOT_FOUND, RMA.SERIAL_NOT_FOUND',
    409: 'RMA.STOCK_UNAVAILABLE (reserved stock is not written off), RMA.SERIAL_NOT_AVAILABLE, RMA.WAREHOUSE_INACTIVE',
  })
  async writeOff(
    @Body() body: WriteOffStockRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<StockWrittenOffV1Data> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
