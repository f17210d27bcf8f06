import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { SurveyResponseResponse, SurveyResponseView } from '../../survey.view';
import { RecordResponseCommand } from './record-response.command';
import { RecordResponseRequest } from './record-response.request';

@ApiTags('surveys')
@Controller('v1/surveys')
export class RecordResponseHttpController {
  constructor(private readonly command: RecordResponseCommand) {}

  @Post(':id/responses')
  @Roles('customer', 'agent', 'admin')
  @ApiOperation({
    summary: 'Answer a satisfaction survey (R-SV-3); emits aftersales.surveys.response.received.v1',
    description:
      'The customer answers their own survey (another customer’s is a 404); an agent or admin records an answer given by phone. ' +
      'A survey takes one answer: answering again is a 409 (SURVEYS.ALREADY_ANSWERED).',
  })
  @ApiCreatedResponse({ type: SurveyResponseResponse.Output })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  async respond(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RecordResponseRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<SurveyResponseView> {
    const result = await this.command.execute(id, body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
