import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { ReservationView } from '../../stock.view';
import { ReserveStockCommand } from './reserve-stock.command';
import { ReserveStockRequest } from './reserve-stock.request';

@ApiTags('stock')
@Controller('v1/stock/reservations')
export class ReserveStockHttpController {
  constructor(private readonly command: ReserveStockCommand) {}

  @Post()
  @Roles('rma-admin', 'agent', 'engineer', 'manager', 'admin')
  @ApiOperation({
    summary: 'Reserve a spare part, or its best ranked substitute, in a named warehouse or the nearest one that has it (R-RMA-2, R-RMA-5)',
    description: "A contract's critical spares are drawn on only by a reservation naming that contract. Stock never goes negative: when nothing fits, a 409 lists what is available where.",
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  @ApiCreatedResponse({ description: 'The reservation, with the warehouse and the part chosen' })
  @ApiProblems({
    400: 'An invalid body: name warehouseCode or nearTo',
    404: 'RMA.WAREHOUSE_NOT_FOUND, RMA.PART_NOT_FOUND',
    409: 'RMA.STOCK_UNAVAILABLE (availableWhere lists what is available where), RMA.WAREHOUSE_INACTIVE, RMA.PART_INACTIVE',
  })
  async reserve(
    @Body() body: ReserveStockRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<ReservationView> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
