import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { TransferView } from '../../stock.view';
import { ReceiveTransferCommand } from './receive-transfer.command';

@ApiTags('stock')
@Controller('v1/stock/transfers')
export class ReceiveTransferHttpController {
  constructor(private readonly command: ReceiveTransferCommand) {}

  @Post(':id/receive')
  @HttpCode(200)
  @Roles('rma-admin', 'engineer', 'admin')
  @ApiOperation({ summary: 'Book a transfer in transit in at the receiving warehouse (R-RMA-5)' })
  @ApiOkResponse({ description: 'The transfer, received' })
  @ApiProblems({ 400: 'An invalid id', 404: 'RMA.TRANSFER_NOT_FOUND', 409: 'RMA.TRANSFER_ALREADY_RECEIVED, RMA.WAREHOUSE_INACTIVE' })
  receive(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<TransferView> {
    return this.command.execute(id, user);
  }
}
