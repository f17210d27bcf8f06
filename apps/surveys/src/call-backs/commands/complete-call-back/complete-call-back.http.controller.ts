import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { CallBackResponse, CallBackView } from '../../call-back.view';
import { CompleteCallBackCommand } from './complete-call-back.command';
import { CompleteCallBackRequest } from './complete-call-back.request';

@ApiTags('call-backs')
@Controller('v1/call-backs')
export class CompleteCallBackHttpController {
  constructor(private readonly command: CompleteCallBackCommand) {}

  @Post(':id/completion')
  @HttpCode(200)
  @Roles('agent', 'complaint-officer', 'manager', 'admin')
  @ApiOperation({ summary: 'Record the call-back of a low survey score (R-SV-3); emits aftersales.surveys.call-back.completed.v1' })
  @ApiOkResponse({ type: CallBackResponse.Output })
  @ApiConflictResponse({ description: 'SURVEYS.CALL_BACK_ALREADY_DONE' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  async complete(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CompleteCallBackRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
  ): Promise<CallBackView> {
    return (await this.command.execute(id, body, user, key)).body;
  }
}
