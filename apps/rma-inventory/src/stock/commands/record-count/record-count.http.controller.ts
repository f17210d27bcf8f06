import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StockCountedV1Data } from '@aftersales/contracts-rma-inventory';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { RecordCountCommand } from './record-count.command';
import { RecordCountRequest } from './record-count.request';

@ApiTags('stock')
@Controller('v1/stock/counts')
export class RecordCountHttpController {
  constructor(private readonly command: RecordCountCommand) {}

  @Post()
  @Roles('rma-admin', 'admin')
  @ApiOperation({ summary: 'Record a cycle count: what was counted becomes on hand, each difference a count adjustment in the ledger (R-RMA-5)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  @ApiCreatedResponse({ description: 'The count, line by line: expected, counted, adjustment' })
  @ApiProblems({
    400: 'An invalid body',
    404: 'RMA.WAREHOUSE_NOT_FOUND, RMA.PART_NOT_FOUND',
    409: 'RMA.COUNT_BELOW_RESERVED: release reservations first; RMA.WAREHOUSE_INACTIVE',
  })
  async count(
    @Body() body: RecordCountRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<StockCountedV1Data> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
