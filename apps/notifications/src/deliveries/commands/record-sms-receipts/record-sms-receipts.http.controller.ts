import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@aftersales/platform-service-defaults';
import { RecordSmsReceiptsCommand } from './record-sms-receipts.command';
import { RecordSmsReceiptsRequest } from './record-sms-receipts.request';

@ApiTags('notifications')
@Controller('v1/notifications/receipts/sms')
export class RecordSmsReceiptsHttpController {
  constructor(private readonly command: RecordSmsReceiptsCommand) {}

  /** Public: the gateway has no token of ours; the secret path segment (NOTIFY_SMS_RECEIPT_TOKEN) stands in. */
  @Post(':token')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'SMS delivery receipts pushed by the gateway (Aliyun SmsReport, a JSON array): sent becomes delivered or failed' })
  @ApiOkResponse({ description: '{"code":0,"msg":"接收成功"}: the gateway stops pushing these' })
  @ApiBadRequestResponse({ description: 'Not an array of receipts (problem+json); the gateway pushes again' })
  @ApiNotFoundResponse({ description: 'Wrong token, or receipts are off' })
  async record(@Param('token') token: string, @Body() body: RecordSmsReceiptsRequest): Promise<{ code: number; msg: string }> {
    await this.command.execute(token, body);
    return { code: 0, msg: '接收成功' };
  }
}
