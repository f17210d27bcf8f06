import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { ReceiveCustomerReturnCommand } from './receive-customer-return.command';
import { ReceiveCustomerReturnRequest } from './receive-customer-return.request';

@ApiTags('stock')
@Controller('v1/stock/customer-returns')
export class ReceiveCustomerReturnHttpController {
  constructor(private readonly command: ReceiveCustomerReturnCommand) {}

  @Post()
  @Roles('rma-admin', 'engineer', 'admin')
  @ApiOperation({ summary: 'Book in a part returned by a customer: good back into stock, faulty held apart (R-RMA-3, R-RMA-5)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  @ApiCreatedResponse({ description: 'The return, with what is on hand after it' })
  @ApiProblems({
    400: 'An invalid body; RMA.SERIALS_REQUIRED, RMA.SERIALS_NOT_EXPECTED',
    404: 'RMA.WAREHOUSE_NOT_FOUND, RMA.PART_NOT_FOUND',
    409: 'RMA.SERIAL_NOT_AVAILABLE (the serial is in stock somewhere), RMA.WAREHOUSE_INACTIVE',
  })
  async receive(
    @Body() body: ReceiveCustomerReturnRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<{ returnId: string; onHandAfter: number }> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
